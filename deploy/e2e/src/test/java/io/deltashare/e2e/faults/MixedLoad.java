package io.deltashare.e2e.faults;

import com.fasterxml.jackson.databind.JsonNode;
import io.deltashare.testkit.fixtures.ApiBodies;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A mixed load through the gateway, the way clients behave: each firm books its instrument in a loop, with and
 * without its voucher, and the provider starts and completes the booking, or the firm cancels it (late, so a charge is
 * posted); the firms in turn order a development service (request for quotation, quote, acceptance with or without a
 * voucher), whose two milestones the provider delivers and the firm accepts, or the firm cancels the order; the
 * bureaus issue vouchers and draft, approve and pay claim batches. A call that gets no answer or a 503 is
 * tried again a second later (a creating POST with its Idempotency-Key), and a move whose answer was lost is checked
 * by reading the booking. What each booking and batch came to, as the answers said, is kept for the checks.
 */
final class MixedLoad implements AutoCloseable {

    /**
     * A firm's pause between one booking's life and the next: a steady load of a few bookings a second, which leaves
     * two cores room to restart a service (at full speed the load alone keeps them busy).
     */
    static final Duration BETWEEN_BOOKINGS = Duration.ofMillis(2000);

    /** What happens to a booking after it is made. */
    enum Plan {
        COMPLETE,
        CANCEL
    }

    /** A booking the load made (answered 201), and the state the last answer gave it. */
    static final class Booking {
        final String id;
        final World.Firm firm;
        final String voucher;
        final Plan plan;
        final Instant made;
        volatile String state;

        Booking(String id, World.Firm firm, String voucher, Plan plan, String state) {
            this.id = id;
            this.firm = firm;
            this.voucher = voucher;
            this.plan = plan;
            this.made = Instant.now();
            this.state = state;
        }
    }

    /** An order the load placed (answered 201), and the state the last answer gave it. */
    static final class Order {
        final String id;
        final World.Firm firm;
        final String voucher;
        volatile String state;

        Order(String id, World.Firm firm, String voucher, String state) {
            this.id = id;
            this.firm = firm;
            this.voucher = voucher;
            this.state = state;
        }
    }

    /** A claim batch the load drafted, and the state the last answer gave it. */
    record Batch(String id, String bureau, String state) {}

    private final Gateway gateway;
    private final World world;
    private final List<Booking> bookings = new ArrayList<>();
    private final List<Batch> batches = new ArrayList<>();
    private final List<Order> orders = new ArrayList<>();
    private final AtomicInteger orderTurn = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> surprises = new ConcurrentLinkedQueue<>();
    private final AtomicInteger slots = new AtomicInteger();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running = true;
    private volatile boolean paused = true;
    private volatile CountDownLatch idle = new CountDownLatch(0);

    MixedLoad(Gateway gateway, World world) {
        this.gateway = gateway;
        this.world = world;
    }

    void start() {
        for (World.Firm firm : world.firms) {
            workers.add(worker("load-" + firm.user(), () -> {
                bookOnce(firm);
                restFor(BETWEEN_BOOKINGS);
            }));
        }
        workers.add(worker("load-orders", () -> {
            orderOnce();
            restFor(BETWEEN_BOOKINGS);
        }));
        workers.add(worker("load-bureaus", this::bureauOnce));
        resume();
    }

    /** Lets every worker finish what it is doing (a booking's whole life, a batch's) and start nothing new. */
    void pause() {
        if (paused) {
            return;
        }
        idle = new CountDownLatch(workers.size());
        paused = true;
        try {
            if (!idle.await(5, java.util.concurrent.TimeUnit.MINUTES)) {
                throw new IllegalStateException("the load did not come to rest within 5 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void resume() {
        paused = false;
    }

    synchronized List<Booking> bookings() {
        return List.copyOf(bookings);
    }

    synchronized List<Order> orders() {
        return List.copyOf(orders);
    }

    synchronized List<Batch> batches() {
        return List.copyOf(batches);
    }

    /** Answers the load did not expect from a working system (none, or it is a finding), since the last time asked. */
    List<String> drainSurprises() {
        List<String> drained = new ArrayList<>();
        for (String surprise = surprises.poll(); surprise != null; surprise = surprises.poll()) {
            drained.add(surprise);
        }
        return drained;
    }

    @Override
    public void close() {
        running = false;
        workers.forEach(Thread::interrupt);
    }

    private Thread worker(String name, Runnable unit) {
        Thread thread = new Thread(
                () -> {
                    boolean wasPaused = false;
                    while (running) {
                        if (paused) {
                            if (!wasPaused) {
                                wasPaused = true;
                                idle.countDown();
                            }
                            Retry.pause(Duration.ofMillis(50));
                            continue;
                        }
                        wasPaused = false;
                        try {
                            unit.run();
                        } catch (RuntimeException e) {
                            surprises.add(name + ": " + e);
                        }
                    }
                },
                name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** One booking's life: made, then (after the voucher's hold) completed by the provider, or cancelled. */
    private void bookOnce(World.Firm firm) {
        int n = slots.getAndIncrement();
        Instant start = World.slotStart(n);
        String voucher = n % 2 == 0 ? firm.voucher() : null;
        Plan plan = n % 4 == 3 ? Plan.CANCEL : Plan.COMPLETE;
        Map<String, Object> body = new java.util.HashMap<>(Map.of(
                "instrumentId",
                firm.instrument().id(),
                "start",
                start.toString(),
                "end",
                start.plus(Duration.ofHours(1)).toString()));
        if (voucher != null) {
            body.put("voucherId", voucher);
        }
        String key = UUID.randomUUID().toString();
        Gateway.Answer made = Retry.untilAnswered(() -> gateway.post(firm.user(), "/api/v1/bookings", body, key));
        if (!made.is(201)) {
            surprises.add(firm.user() + " could not book " + start + ": " + made.status() + " " + made.body());
            return;
        }
        Booking booking = new Booking(made.text("booking.id"), firm, voucher, plan, made.text("booking.status"));
        synchronized (this) {
            bookings.add(booking);
        }
        if (booking.state.equals("REQUESTED")) {
            awaitVoucherAnswer(booking);
        }
        if (!booking.state.equals("CONFIRMED")) {
            if (!booking.state.equals("REJECTED")) {
                surprises.add("booking " + booking.id + " is " + booking.state + " after its voucher answered");
            } else if (firm.voucher() != null && firm.voucher().equals(voucher)) {
                world.issueVoucher(gateway, firm); // most likely spent: the bureau issues another
            }
            return;
        }
        if (plan == Plan.CANCEL) {
            move(booking, firm.user(), "cancellation", null, "CANCELLED");
            return;
        }
        String staff = firm.instrument().providerUser();
        if (move(booking, staff, "start", null, "IN_PROGRESS")) {
            if (move(booking, staff, "completion", Map.of("actualMinutes", 60), "DELIVERED")) {
                move(booking, firm.user(), "acceptance", null, "COMPLETED");
            }
        }
    }

    /** Reads the booking until the voucher's answer moved it on (a minute at most: the saga re-asks after two). */
    private void awaitVoucherAnswer(Booking booking) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        Duration pause = Duration.ofMillis(200);
        while (System.nanoTime() < deadline) {
            String state = read(booking);
            if (state != null && !state.equals("REQUESTED")) {
                booking.state = state;
                return;
            }
            Retry.pause(pause);
            pause = pause.multipliedBy(2).compareTo(Duration.ofSeconds(1)) > 0
                    ? Duration.ofSeconds(1)
                    : pause.multipliedBy(2);
        }
        surprises.add("booking " + booking.id + " still waited for its voucher after 90 s");
    }

    /**
     * Asks for a move and makes sure of its outcome: when the answer was lost or refused as illegal, the booking is
     * read to see whether the move took place before. Returns whether the booking is now in {@code target}.
     */
    private boolean move(Booking booking, String user, String move, Object body, String target) {
        long deadline = System.nanoTime() + Retry.PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            Gateway.Answer answer = gateway.post(user, "/api/v1/bookings/" + booking.id + "/" + move, body, null);
            if (answer.is(200)) {
                booking.state = answer.text("booking.status");
                return target.equals(booking.state);
            }
            if (answer.passing() || answer.is(409)) {
                Retry.pause(Duration.ofSeconds(1));
                String state = read(booking);
                if (target.equals(state)) {
                    booking.state = state;
                    return true;
                }
                if (answer.is(409)) {
                    surprises.add(
                            move + " of booking " + booking.id + " refused: " + answer.body() + "; it is " + state);
                    booking.state = state;
                    return false;
                }
                continue;
            }
            surprises.add(move + " of booking " + booking.id + " answered " + answer.status() + " " + answer.body());
            return false;
        }
        surprises.add(move + " of booking " + booking.id + " got no answer for " + Retry.PATIENCE);
        return false;
    }

    private String read(Booking booking) {
        Gateway.Answer answer =
                Retry.untilAnswered(() -> gateway.get(booking.firm.user(), "/api/v1/bookings/" + booking.id));
        return answer.is(200) ? answer.text("booking.status") : null;
    }

    /** A request for quotation to the provider of {@code service}. */
    static Map<String, Object> asking(String title, World.Service service) {
        return Map.of(
                "title",
                title,
                "description",
                "A pump test rig, in two milestones",
                "serviceOfferIds",
                List.of(service.offer()),
                "respondBy",
                Instant.now().plus(Duration.ofDays(7)).toString());
    }

    /**
     * One order's life: the firm asks its provider, the provider quotes ¥2,000 in two halves, the firm accepts with
     * its voucher (every other order) or without; once the voucher held, the provider delivers and the firm accepts
     * both milestones, or (every fourth order) the firm cancels.
     */
    private void orderOnce() {
        int n = orderTurn.getAndIncrement();
        World.Firm firm = world.firms.get(n % world.firms.size());
        String staff = firm.service().providerUser();
        // one Idempotency-Key and one body per creating call, kept across its retries: a retry after a lost answer is
        // the same call (the request's respondBy is a moment, so it is fixed once, not recomputed per attempt)
        String askKey = key();
        String quoteKey = key();
        String acceptKey = key();
        Map<String, Object> ask = asking("Fault drill order " + n, firm.service());
        Map<String, Object> quote = ApiBodies.quoteInTwoHalves("2000.00");
        Gateway.Answer asked =
                Retry.untilAnswered(() -> gateway.post(firm.user(), "/api/v1/quote-requests", ask, askKey));
        if (!asked.is(201)) {
            surprises.add(firm.user() + " could not ask for a quote: " + asked.status() + " " + asked.body());
            return;
        }
        String request = asked.text("id");
        Gateway.Answer quoted = Retry.untilAnswered(
                () -> gateway.post(staff, "/api/v1/quote-requests/" + request + "/quotes", quote, quoteKey));
        if (!quoted.is(201)) {
            surprises.add(staff + " could not quote: " + quoted.status() + " " + quoted.body());
            return;
        }
        String voucher = n % 2 == 0 ? firm.voucher() : null;
        Map<String, Object> acceptance = voucher == null ? Map.of("voucher", "none") : Map.of("voucherId", voucher);
        Gateway.Answer placed = Retry.untilAnswered(() -> gateway.post(
                firm.user(),
                "/api/v1/quote-requests/" + request + "/quotes/" + quoted.text("id") + "/acceptance",
                acceptance,
                acceptKey));
        if (!placed.is(201)) {
            surprises.add(firm.user() + " could not accept a quote: " + placed.status() + " " + placed.body());
            return;
        }
        Order order = new Order(placed.text("id"), firm, voucher, placed.text("status"));
        synchronized (this) {
            orders.add(order);
        }
        if (order.state.equals("AWAITING_VOUCHER")) {
            awaitVoucherAnswer(order);
        }
        if (!order.state.equals("ACTIVE")) {
            if (!order.state.equals("REJECTED")) {
                surprises.add("order " + order.id + " is " + order.state + " after its voucher answered");
            } else if (voucher != null && voucher.equals(firm.voucher())) {
                world.issueVoucher(gateway, firm); // most likely spent: the bureau issues another
            }
            return;
        }
        if (n % 4 == 3) {
            orderMove(
                    order,
                    firm.user(),
                    "cancellation",
                    null,
                    o -> o.path("status").asText().equals("CANCELLED"));
            return;
        }
        for (int m = 1; m <= 2; m++) {
            int milestone = m;
            if (!orderMove(
                            order,
                            staff,
                            "milestones/" + m + "/delivery",
                            Map.of("note", "delivered"),
                            o -> o.path("milestones")
                                    .path(milestone - 1)
                                    .path("status")
                                    .asText()
                                    .equals("DELIVERED"))
                    || !orderMove(
                            order,
                            firm.user(),
                            "milestones/" + m + "/acceptance",
                            null,
                            o -> o.path("milestones")
                                    .path(milestone - 1)
                                    .path("status")
                                    .asText()
                                    .equals("ACCEPTED"))) {
                return;
            }
        }
        if (!order.state.equals("COMPLETED")) {
            surprises.add("order " + order.id + " is " + order.state + " after both milestones were accepted");
        }
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    /** Reads the order until the voucher's answer moved it on. */
    private void awaitVoucherAnswer(Order order) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode read = readOrder(order);
            if (read != null && !read.path("status").asText().equals("AWAITING_VOUCHER")) {
                order.state = read.path("status").asText();
                return;
            }
            Retry.pause(Duration.ofMillis(500));
        }
        surprises.add("order " + order.id + " still waited for its voucher after 90 s");
    }

    /**
     * Asks for a move of the order and makes sure of its outcome, as {@link #move} does for bookings: a lost answer or
     * a 409 is settled by reading the order. Returns whether the order now shows {@code done}.
     */
    private boolean orderMove(Order order, String user, String move, Object body, Predicate<JsonNode> done) {
        long deadline = System.nanoTime() + Retry.PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            Gateway.Answer answer = gateway.post(user, "/api/v1/orders/" + order.id + "/" + move, body, null);
            if (answer.is(200)) {
                order.state = answer.text("status");
                return done.test(answer.body());
            }
            if (answer.passing() || answer.is(409)) {
                Retry.pause(Duration.ofSeconds(1));
                JsonNode read = readOrder(order);
                if (read != null && done.test(read)) {
                    order.state = read.path("status").asText();
                    return true;
                }
                if (answer.is(409)) {
                    surprises.add(move + " of order " + order.id + " refused: " + answer.body());
                    return false;
                }
                continue;
            }
            surprises.add(move + " of order " + order.id + " answered " + answer.status() + " " + answer.body());
            return false;
        }
        surprises.add(move + " of order " + order.id + " got no answer for " + Retry.PATIENCE);
        return false;
    }

    private JsonNode readOrder(Order order) {
        Gateway.Answer answer = Retry.untilAnswered(() -> gateway.get(order.firm.user(), "/api/v1/orders/" + order.id));
        return answer.is(200) ? answer.body() : null;
    }

    private final AtomicInteger bureauTurn = new AtomicInteger();

    /** A bureau's turn: another voucher for one of its firms, or a claim batch drafted, submitted, approved and paid. */
    private void bureauOnce() {
        int turn = bureauTurn.getAndIncrement();
        World.Firm firm = world.firms.get(turn % world.firms.size());
        if (turn % 2 == 0) {
            world.issueVoucher(gateway, firm);
        } else {
            claim(firm.bureau(), firm.region());
        }
        restFor(Duration.ofSeconds(2));
    }

    /** Waits between two pieces of work, but not once the load is asked to rest. */
    private void restFor(Duration pause) {
        long until = System.nanoTime() + pause.toNanos();
        while (!paused && running && System.nanoTime() < until) {
            Retry.pause(Duration.ofMillis(50));
        }
    }

    private void claim(String bureau, String region) {
        String month = YearMonth.now(World.SHANGHAI).toString();
        String draftKey = key();
        Gateway.Answer drafted = Retry.untilAnswered(() ->
                gateway.post(bureau, "/api/v1/claim-batches", Map.of("region", region, "month", month), draftKey));
        if (drafted.is(409)) {
            return; // nothing to claim yet
        }
        if (!drafted.is(201)) {
            surprises.add(bureau + " could not draft a claim batch: " + drafted.status() + " " + drafted.body());
            return;
        }
        String id = drafted.text("id");
        String state = "DRAFT";
        for (String[] step :
                new String[][] {{"submission", "SUBMITTED"}, {"approval", "APPROVED"}, {"payment", "PAID"}}) {
            String next = batchMove(bureau, id, step[0], step[1]);
            if (next == null) {
                break;
            }
            state = next;
        }
        synchronized (this) {
            batches.add(new Batch(id, bureau, state));
        }
    }

    /** Submission and approval by the bureau; the payment recorded by the platform's finance officer. */
    private String batchMove(String bureau, String id, String move, String target) {
        Supplier<Gateway.Answer> read = () -> gateway.get(bureau, "/api/v1/claim-batches/" + id);
        boolean payment = move.equals("payment");
        Gateway.Answer answer = Retry.untilAnswered(() -> gateway.post(
                payment ? "finance.platform" : bureau,
                "/api/v1/claim-batches/" + id + "/" + move,
                payment ? Map.of("reference", "transfer " + id) : null,
                null));
        if (answer.is(200)) {
            return answer.text("status");
        }
        String state = Retry.untilAnswered(read).text("status");
        if (target.equals(state)) {
            return state;
        }
        surprises.add(move + " of claim batch " + id + " answered " + answer.status() + " " + answer.body());
        return null;
    }

    /** The states a booking of the load may rest in once the load is paused. */
    static final Set<String> RESTING = Set.of("COMPLETED", "CANCELLED", "REJECTED");
}
