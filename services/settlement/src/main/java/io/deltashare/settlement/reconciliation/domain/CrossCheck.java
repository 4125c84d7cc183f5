package io.deltashare.settlement.reconciliation.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares what booking, innovation-voucher and settlement each hold about the same bookings. Each service is the
 * authority for its own facts: booking for a booking's state, fee and charge; innovation-voucher for what a voucher held
 * and redeemed; settlement must have posted exactly what those imply, once. The totals per firm, provider and issuing
 * region are compared too, so a difference shows even where no single booking can be blamed.
 */
public final class CrossCheck {

    /** Kinds of journal transaction that post a booking's events. */
    public static final String COMPLETED = "BOOKING_COMPLETED";

    public static final String CANCELLATION = "CANCELLATION_FEE";
    public static final String NO_SHOW = "NO_SHOW_FEE";
    public static final String REDEEMED = "VOUCHER_REDEEMED";

    private static final Set<String> LIVE = Set.of("PENDING_APPROVAL", "CONFIRMED", "IN_PROGRESS");
    private static final Set<String> ENDED = Set.of("CANCELLED", "REJECTED", "NO_SHOW");

    /** A party's total as its authority has it and as settlement posted it. */
    public record Total(String party, String owner, long expectedFen, long recordedFen) {}

    /** What the comparison found; {@code totals} lists only the parties whose totals differ. */
    public record Result(List<Discrepancy> discrepancies, List<Total> totals) {

        public boolean clean() {
            return discrepancies.isEmpty() && totals.isEmpty();
        }
    }

    private CrossCheck() {}

    /**
     * Compares {@code facts}. {@code unknownBookings} are ids that holds or postings name but booking does not know;
     * a booking still waiting for its voucher's answer after {@code sagaLimit} is reported as stuck.
     */
    public static Result compare(Facts facts, Set<UUID> unknownBookings, Instant now, Duration sagaLimit) {
        List<Discrepancy> found = new ArrayList<>();
        Map<UUID, Facts.Hold> holds = byBooking(facts.holds(), Facts.Hold::bookingId);
        Map<UUID, List<Facts.Posting>> postings =
                facts.postings().stream().collect(Collectors.groupingBy(Facts.Posting::bookingId));
        Map<UUID, List<Facts.Redemption>> redemptions =
                facts.redemptions().stream().collect(Collectors.groupingBy(Facts.Redemption::bookingId));

        for (Facts.Booking booking : facts.bookings()) {
            Facts.Hold hold = holds.get(booking.id());
            List<Facts.Posting> posted = postings.getOrDefault(booking.id(), List.of());
            checkPostings(booking, hold, posted, found);
            checkHold(booking, hold, found);
            checkClaim(booking.id(), hold, redemptions.getOrDefault(booking.id(), List.of()), found);
            if (booking.status().equals("REQUESTED") && booking.createdAt().isBefore(now.minus(sagaLimit))) {
                found.add(new Discrepancy(
                        Discrepancy.Kind.SAGA_WAITING,
                        booking.id(),
                        "waiting for its voucher's " + "answer since " + booking.createdAt(),
                        null,
                        null));
            }
        }
        for (UUID unknown : unknownBookings) {
            if (holds.containsKey(unknown)) {
                found.add(new Discrepancy(
                        Discrepancy.Kind.HOLD_WITHOUT_BOOKING,
                        unknown,
                        "voucher " + holds.get(unknown).voucherId() + " holds for a booking that booking does not know",
                        null,
                        null));
            }
            for (Facts.Posting posting : postings.getOrDefault(unknown, List.of())) {
                found.add(new Discrepancy(
                        Discrepancy.Kind.POSTING_UNFOUNDED,
                        unknown,
                        posting.kind() + " " + posting.transactionId() + " posts a booking that booking does not know",
                        null,
                        posting.amountFen()));
            }
            for (Facts.Redemption redemption : redemptions.getOrDefault(unknown, List.of())) {
                found.add(new Discrepancy(
                        Discrepancy.Kind.CLAIM_UNFOUNDED,
                        unknown,
                        "a redemption of " + redemption.issuingRegion() + " for a booking that booking does not know",
                        null,
                        redemption.amountFen()));
            }
        }
        found.sort(Comparator.comparing(Discrepancy::kind).thenComparing(d -> String.valueOf(d.bookingId())));
        return new Result(List.copyOf(found), totals(facts));
    }

    /** Each kind of posting the booking's facts call for, exactly once and for the amount; nothing else. */
    private static void checkPostings(
            Facts.Booking booking, Facts.Hold hold, List<Facts.Posting> posted, List<Discrepancy> found) {
        // a sandbox booking is a partner's test: nothing is owed for it, so any posting of it is a discrepancy
        Map<String, Long> expected = booking.sandbox() ? Map.of() : owed(booking, hold);
        Map<String, List<Facts.Posting>> byKind = posted.stream().collect(Collectors.groupingBy(Facts.Posting::kind));
        expected.forEach((kind, fen) -> {
            List<Facts.Posting> of = byKind.getOrDefault(kind, List.of());
            if (of.isEmpty()) {
                found.add(new Discrepancy(
                        Discrepancy.Kind.POSTING_MISSING,
                        booking.id(),
                        "no " + kind + " posting for a " + booking.status() + " booking",
                        fen,
                        null));
            } else if (of.size() > 1) {
                found.add(new Discrepancy(
                        Discrepancy.Kind.POSTED_TWICE,
                        booking.id(),
                        of.size() + " " + kind
                                + " postings: "
                                + of.stream()
                                        .map(p -> p.transactionId().toString())
                                        .collect(Collectors.joining(", ")),
                        fen,
                        of.stream().mapToLong(Facts.Posting::amountFen).sum()));
            } else if (of.get(0).amountFen() != fen) {
                found.add(new Discrepancy(
                        Discrepancy.Kind.POSTING_AMOUNT,
                        booking.id(),
                        kind + " " + of.get(0).transactionId() + " posts another amount",
                        fen,
                        of.get(0).amountFen()));
            }
        });
        byKind.forEach((kind, of) -> {
            if (!expected.containsKey(kind)) {
                found.add(new Discrepancy(
                        Discrepancy.Kind.POSTING_UNFOUNDED,
                        booking.id(),
                        of.size() + " " + kind
                                + " posting(s) for a booking that is " + booking.status()
                                + (kind.equals(REDEEMED) ? " whose voucher shows no redemption" : ""),
                        null,
                        of.stream().mapToLong(Facts.Posting::amountFen).sum()));
            }
        });
    }

    /** The postings a booking's facts call for, by kind: its fee or charge, and what its voucher paid. */
    private static Map<String, Long> owed(Facts.Booking booking, Facts.Hold hold) {
        Map<String, Long> expected = new TreeMap<>();
        if (booking.status().equals("COMPLETED") && booking.feeFen() > 0) {
            expected.put(COMPLETED, booking.feeFen());
        }
        if (booking.status().equals("CANCELLED") && booking.chargeFen() != null && booking.chargeFen() > 0) {
            expected.put(CANCELLATION, booking.chargeFen());
        }
        if (booking.status().equals("NO_SHOW") && booking.chargeFen() != null && booking.chargeFen() > 0) {
            expected.put(NO_SHOW, booking.chargeFen());
        }
        if (hold != null && hold.status().equals("REDEEMED") && hold.redeemedFen() > 0) {
            expected.put(REDEEMED, hold.redeemedFen());
        }
        return expected;
    }

    /** The voucher's hold fits the booking's state: held while live, redeemed once completed, released once ended. */
    private static void checkHold(Facts.Booking booking, Facts.Hold hold, List<Discrepancy> found) {
        boolean counted = booking.voucherHeldFen() != null && booking.voucherHeldFen() > 0;
        if (hold == null) {
            if (counted) {
                found.add(new Discrepancy(
                        Discrepancy.Kind.HOLD_MISSING,
                        booking.id(),
                        "the booking counts on " + "voucher " + booking.voucherId()
                                + " holding for it; the voucher has no hold",
                        booking.voucherHeldFen(),
                        null));
            }
            return;
        }
        String status = booking.status();
        String problem = switch (hold.status()) {
            case "HELD" ->
                status.equals("COMPLETED")
                        ? null
                        : ENDED.contains(status) ? "still held for a booking that is " + status : null;
            case "REDEEMED" -> status.equals("COMPLETED") ? null : "redeemed for a booking that is " + status;
            case "RELEASED" ->
                LIVE.contains(status) || status.equals("COMPLETED") ? "released while the booking is " + status : null;
            default -> "in an unknown state " + hold.status();
        };
        if (hold.status().equals("HELD") && status.equals("COMPLETED")) {
            found.add(new Discrepancy(
                    Discrepancy.Kind.REDEMPTION_MISSING,
                    booking.id(),
                    "the booking completed, " + "voucher " + hold.voucherId() + " still holds " + hold.heldFen()
                            + " fen and redeemed nothing",
                    null,
                    null));
        } else if (problem != null) {
            found.add(new Discrepancy(
                    Discrepancy.Kind.HOLD_STATE,
                    booking.id(),
                    "voucher " + hold.voucherId() + " hold " + problem,
                    null,
                    null));
        }
        if (counted && !Objects.equals(booking.voucherHeldFen(), hold.heldFen())) {
            found.add(new Discrepancy(
                    Discrepancy.Kind.HOLD_STATE,
                    booking.id(),
                    "the booking says the voucher holds " + "another amount",
                    booking.voucherHeldFen(),
                    hold.heldFen()));
        }
    }

    /** What settlement will claim from the bureau is exactly what the voucher redeemed. */
    private static void checkClaim(
            java.util.UUID bookingId, Facts.Hold hold, List<Facts.Redemption> claimed, List<Discrepancy> found) {
        boolean redeemed = hold != null && hold.status().equals("REDEEMED");
        if (redeemed && claimed.isEmpty()) {
            found.add(new Discrepancy(
                    Discrepancy.Kind.CLAIM_MISSING,
                    bookingId,
                    "voucher " + hold.voucherId() + " redeemed; settlement has no redemption to claim from "
                            + hold.issuingRegion(),
                    hold.redeemedFen(),
                    null));
        }
        for (Facts.Redemption redemption : claimed) {
            if (!redeemed) {
                found.add(new Discrepancy(
                        Discrepancy.Kind.CLAIM_UNFOUNDED,
                        bookingId,
                        "settlement would claim from "
                                + redemption.issuingRegion()
                                + (redemption.batchId() == null ? "" : " in batch " + redemption.batchId())
                                + "; the voucher shows no redemption",
                        null,
                        redemption.amountFen()));
            } else if (redemption.amountFen() != hold.redeemedFen()
                    || !redemption.issuingRegion().equals(hold.issuingRegion())) {
                found.add(new Discrepancy(
                        Discrepancy.Kind.CLAIM_UNFOUNDED,
                        bookingId,
                        "settlement would claim " + "from " + redemption.issuingRegion() + ", the voucher redeemed for "
                                + hold.issuingRegion(),
                        hold.redeemedFen(),
                        redemption.amountFen()));
            }
        }
    }

    /**
     * What each firm and provider was billed for services, and what each issuing region's bureau owes for vouchers, by
     * the authority and by the ledger; only parties whose totals differ.
     */
    private static List<Total> totals(Facts facts) {
        Map<String, long[]> sums = new TreeMap<>();
        for (Facts.Booking booking : facts.bookings()) {
            long billed = booking.sandbox()
                    ? 0
                    : switch (booking.status()) {
                        case "COMPLETED" -> booking.feeFen();
                        case "CANCELLED", "NO_SHOW" -> booking.chargeFen() == null ? 0 : booking.chargeFen();
                        default -> 0;
                    };
            add(sums, "FIRM " + booking.firm(), 0, billed);
            add(sums, "PROVIDER " + booking.provider(), 0, billed);
        }
        for (Facts.Hold hold : facts.holds()) {
            if (hold.status().equals("REDEEMED")) {
                add(sums, "BUREAU " + hold.issuingRegion(), 0, hold.redeemedFen());
            }
        }
        for (Facts.Posting posting : facts.postings()) {
            if (posting.kind().equals(REDEEMED)) {
                add(sums, "BUREAU " + posting.debited(), 1, posting.amountFen());
            } else {
                add(sums, "FIRM " + posting.debited(), 1, posting.amountFen());
                add(sums, "PROVIDER " + posting.credited(), 1, posting.amountFen());
            }
        }
        List<Total> differing = new ArrayList<>();
        sums.forEach((party, fen) -> {
            if (fen[0] != fen[1]) {
                String[] parts = party.split(" ", 2);
                differing.add(new Total(parts[0], parts[1], fen[0], fen[1]));
            }
        });
        return differing;
    }

    private static void add(Map<String, long[]> sums, String party, int side, long fen) {
        sums.computeIfAbsent(party, p -> new long[2])[side] += fen;
    }

    private static <T> Map<UUID, T> byBooking(List<T> items, Function<T, UUID> id) {
        Map<UUID, T> map = new HashMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return map;
    }
}
