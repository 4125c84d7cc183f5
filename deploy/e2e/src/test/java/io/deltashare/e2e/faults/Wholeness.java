package io.deltashare.e2e.faults;

import com.fasterxml.jackson.databind.JsonNode;
import io.deltashare.local.LocalSystem;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Whether the system is whole: nothing waits (no booking still waiting for its voucher, no dead letter), booking,
 * innovation-voucher and settlement agree to the fen (the reconciliation, trial balance zero), and everything the
 * load was answered 2xx for is there, as the answer said, once.
 */
final class Wholeness {

    /** How long the system may take to become whole once the load rests. */
    static final Duration PATIENCE = Duration.ofSeconds(180);

    private final Gateway gateway;
    private final World world;
    private final Set<String> checkedBookings = new HashSet<>();
    private final Set<String> checkedOrders = new HashSet<>();

    Wholeness(Gateway gateway, World world) {
        this.gateway = gateway;
        this.world = world;
    }

    /** Waits until the system is quiet and agrees with itself; returns what still disagrees (empty: whole). */
    List<String> awaitWhole() {
        AtomicReference<List<String>> problems = new AtomicReference<>(List.of());
        try {
            Awaitility.await("the system is whole")
                    .atMost(PATIENCE)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        problems.set(quiet());
                        return problems.get().isEmpty();
                    });
        } catch (ConditionTimeoutException stillBroken) {
            // what still disagrees is the answer
        }
        return problems.get();
    }

    /** What keeps the system from being quiet and reconciled right now. */
    List<String> quiet() {
        List<String> problems = new ArrayList<>();
        Gateway.Answer waiting =
                gateway.get("admin.platform", "/api/v1/bookings?status=REQUESTED&limit=100&createdFrom=" + world.since);
        if (!waiting.is(200)) {
            return List.of("the booking list answered " + waiting.status());
        }
        waiting.body()
                .path("items")
                .forEach(b -> problems.add(
                        "booking " + b.path("booking").path("id").asText() + " still waits for its voucher's answer"));
        for (String service : LocalSystem.serviceNames()) {
            Gateway.Answer dead =
                    gateway.get("admin.platform", "/api/v1/dead-letters/" + service + "?status=PENDING&limit=20");
            if (!dead.is(200)) {
                problems.add("the dead letters of " + service + " answered " + dead.status());
                continue;
            }
            dead.body()
                    .path("items")
                    .forEach(d -> problems.add(service + " dead-lettered "
                            + d.path("eventType").asText() + " "
                            + d.path("eventId").asText() + ": "
                            + d.path("reason").asText() + " " + d.path("error").asText()));
        }
        // every e-mail written was sent: none left behind by a restart, none given up
        for (String status : List.of("PENDING", "FAILED")) {
            Gateway.Answer mails =
                    gateway.get("admin.platform", "/api/v1/mail-deliveries?status=" + status + "&limit=20");
            if (!mails.is(200)) {
                problems.add("the delivery log answered " + mails.status());
                continue;
            }
            mails.body()
                    .path("items")
                    .forEach(m -> problems.add("e-mail " + m.path("id").asText() + " of "
                            + m.path("kind").asText() + " is " + status + " after "
                            + m.path("attempts").asInt()
                            + " attempts: " + m.path("lastError").asText()));
        }
        Gateway.Answer reconciliation = gateway.get(
                "admin.platform",
                "/api/v1/reconciliation?from=" + world.since + "&before="
                        + Instant.now().plusSeconds(1));
        if (!reconciliation.is(200)) {
            problems.add("the reconciliation answered " + reconciliation.status() + " " + reconciliation.body());
            return problems;
        }
        JsonNode report = reconciliation.body();
        report.path("discrepancies")
                .forEach(d -> problems.add("reconciliation: " + d.path("kind").asText() + " "
                        + d.path("bookingId").asText() + " " + d.path("detail").asText()));
        report.path("totals")
                .forEach(t -> problems.add("reconciliation: " + t.path("party").asText() + " "
                        + t.path("owner").asText() + " expected "
                        + t.path("expected").path("amount").asText() + ", recorded "
                        + t.path("recorded").path("amount").asText()));
        String trial = report.path("ledger").path("trialBalance").path("amount").asText();
        if (!trial.equals("0.00")) {
            problems.add("the trial balance is " + trial);
        }
        report.path("ledger")
                .path("completedBookingsWithoutPostings")
                .forEach(b -> problems.add("settlement recorded completion " + b.asText() + " without a posting"));
        problems.addAll(indicatorsAgree());
        return problems;
    }

    /**
     * insight counted every application, issue and redemption once: its public indicators of this year say what
     * innovation-voucher's statistics say, region by region.
     */
    private List<String> indicatorsAgree() {
        int year = LocalDate.now(World.SHANGHAI).getYear();
        Gateway.Answer indicators = gateway.get("admin.platform", "/api/v1/indicators?year=" + year);
        if (!indicators.is(200)) {
            return List.of("the indicators answered " + indicators.status());
        }
        List<String> problems = new ArrayList<>();
        for (JsonNode region : indicators.body().path("regions")) {
            String code = region.path("region").asText();
            Gateway.Answer statistics =
                    gateway.get("admin.platform", "/api/v1/voucher-statistics?region=" + code + "&year=" + year);
            if (!statistics.is(200)) {
                problems.add("the voucher statistics of " + code + " answered " + statistics.status());
                continue;
            }
            JsonNode recorded = statistics.body().path("regions").path(0);
            for (String count : List.of("firmsApplied", "vouchersIssued")) {
                String counted = region.path(count).path("value").asText();
                if (!counted.equals(recorded.path(count).asText())) {
                    problems.add("insight counts " + counted + " " + count + " in " + code + ", innovation-voucher "
                            + recorded.path(count).asText());
                }
            }
            for (String amount : List.of("servicesBought", "redeemed")) {
                String counted =
                        region.path(amount).path("value").path("amount").asText();
                String kept = recorded.path(amount).path("amount").asText();
                if (!counted.equals(kept)) {
                    problems.add("insight counts " + amount + " " + counted + " in " + code + ", innovation-voucher "
                            + kept);
                }
            }
        }
        return problems;
    }

    /**
     * Every booking, order and batch the load was answered for is there in the state the answer gave it, and no
     * voucher of the load still holds anything (every booking and order rests: completed, cancelled or rejected).
     */
    List<String> answersKept(MixedLoad load) {
        List<String> problems = new ArrayList<>();
        for (MixedLoad.Booking booking : load.bookings()) {
            if (checkedBookings.contains(booking.id)) {
                continue;
            }
            Gateway.Answer stored =
                    Retry.untilAnswered(() -> gateway.get(booking.firm.user(), "/api/v1/bookings/" + booking.id));
            if (!stored.is(200)) {
                problems.add("booking " + booking.id + " answered 201 but reads " + stored.status());
            } else if (!stored.text("booking.status").equals(booking.state)) {
                problems.add("booking " + booking.id + " was answered " + booking.state + " but is "
                        + stored.text("booking.status"));
            } else if (!MixedLoad.RESTING.contains(booking.state)) {
                problems.add("booking " + booking.id + " rests in " + booking.state);
            } else {
                checkedBookings.add(booking.id);
            }
        }
        for (MixedLoad.Order order : load.orders()) {
            if (checkedOrders.contains(order.id)) {
                continue;
            }
            Gateway.Answer stored =
                    Retry.untilAnswered(() -> gateway.get(order.firm.user(), "/api/v1/orders/" + order.id));
            if (!stored.is(200)) {
                problems.add("order " + order.id + " answered 201 but reads " + stored.status());
            } else if (!stored.text("status").equals(order.state)) {
                problems.add("order " + order.id + " was answered " + order.state + " but is " + stored.text("status"));
            } else if (!MixedLoad.RESTING.contains(order.state)) {
                problems.add("order " + order.id + " rests in " + order.state);
            } else {
                checkedOrders.add(order.id);
            }
        }
        for (MixedLoad.Batch batch : load.batches()) {
            String state = Retry.untilAnswered(() -> gateway.get(batch.bureau(), "/api/v1/claim-batches/" + batch.id()))
                    .text("status");
            if (!batch.state().equals(state)) {
                problems.add("claim batch " + batch.id() + " was answered " + batch.state() + " but is " + state);
            }
        }
        for (World.Firm firm : world.firms) {
            for (String voucher : firm.vouchers()) {
                Gateway.Answer read =
                        Retry.untilAnswered(() -> gateway.get(firm.user(), "/api/v1/vouchers/" + voucher));
                if (!read.is(200)) {
                    problems.add("voucher " + voucher + " was issued but reads " + read.status());
                    continue;
                }
                JsonNode v = read.body();
                long face = fen(v.path("voucher").path("faceValue"));
                long sum = fen(v.path("balance"))
                        + fen(v.path("held"))
                        + fen(v.path("redeemed"))
                        + fen(v.path("returnedToProgram"));
                if (face != sum) {
                    problems.add("voucher " + voucher + ": balance, held, redeemed and returned add up to " + sum
                            + " fen, not its face value " + face);
                }
                if (fen(v.path("held")) != 0) {
                    problems.add("voucher " + voucher + " still holds "
                            + v.path("held").path("amount").asText() + " although every booking of the load rests");
                }
            }
        }
        load.drainSurprises().forEach(s -> problems.add("the load was surprised: " + s));
        return problems;
    }

    private static long fen(JsonNode money) {
        return new java.math.BigDecimal(money.path("amount").asText("0"))
                .movePointRight(2)
                .longValueExact();
    }
}
