package io.deltashare.settlement.ledger;

import static io.deltashare.settlement.SettlementFixtures.record;
import static io.deltashare.testkit.fixtures.ABooking.aBooking;
import static io.deltashare.testkit.fixtures.AnOrder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.contracts.booking.BookingCancelled;
import io.deltashare.contracts.booking.BookingCompleted;
import io.deltashare.contracts.booking.BookingNoShow;
import io.deltashare.contracts.booking.BookingSnapshot;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.events.CloudEvent;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.money.Money;
import io.deltashare.contracts.order.OrderCancelled;
import io.deltashare.contracts.order.OrderMilestoneAccepted;
import io.deltashare.contracts.order.OrderSnapshot;
import io.deltashare.contracts.voucher.VoucherRedeemed;
import io.deltashare.contracts.voucher.VoucherRedeemedForMilestone;
import io.deltashare.platform.inbox.InboxConsumer;
import io.deltashare.settlement.ledger.messaging.SettlementConsumers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Random histories of bookings and vouchers, generated with jqwik, fed through the real inbox into the real ledger
 * with events of both topics interleaved in any order and some delivered twice. After every delivery the trial
 * balance is zero and every settled booking's fee is exactly the firm's share plus the voucher's; replaying the whole
 * history afterwards changes no balance.
 */
@QuarkusTest
class LedgerPropertyTest {

    private static final int HISTORIES = 60;

    /** What happened to one booking. */
    enum Outcome {
        COMPLETED,
        COMPLETED_WITH_VOUCHER,
        CANCELLED_FREE,
        CANCELLED_LATE,
        NO_SHOW
    }

    /** A booking, how it ended, and the voucher's coverage when it had one. */
    record Story(BookingSnapshot booking, Outcome outcome, BigDecimal coverage) {}

    /** One delivery: the record, and the booking it is about. */
    record Delivery(ConsumerRecord<String, String> record, UUID booking, String what) {}

    @Inject
    InboxConsumer inbox;

    @Inject
    SettlementConsumers consumers;

    @Inject
    EntityManager entityManager;

    @Test
    void anyInterleavingWithDuplicatesKeepsTheBooksBalancedAndEachFeeSplitExactly() {
        Arbitrary<Story> stories = Combinators.combine(
                        Arbitraries.longs().between(1, 5_000_000),
                        Arbitraries.of(Outcome.class),
                        Arbitraries.integers().between(1, 100))
                .as((fen, outcome, percent) -> new Story(
                        aBooking()
                                .by(UUID.randomUUID(), Region.CN_SH)
                                .at(UUID.randomUUID(), Region.CN_SH)
                                .costing(Money.ofFen(fen).toDecimalString())
                                .status(outcome.name())
                                .atVersion(5)
                                .build(),
                        outcome,
                        BigDecimal.valueOf(percent, 2)));
        Arbitrary<List<Story>> histories = stories.list().ofMinSize(1).ofMaxSize(6);
        Random random = new Random(20261123L);

        for (int h = 0; h < HISTORIES; h++) {
            List<Story> history = histories.sample();
            List<Delivery> deliveries = deliveries(history);
            Collections.shuffle(deliveries, random);
            for (int duplicates = random.nextInt(4); duplicates > 0; duplicates--) {
                deliveries.add(
                        random.nextInt(deliveries.size() + 1), deliveries.get(random.nextInt(deliveries.size())));
            }
            Set<String> delivered = new HashSet<>();
            for (Delivery delivery : deliveries) {
                InboxConsumer.Outcome outcome = inbox.consume(delivery.record(), consumers.handlers());
                assertThat(outcome)
                        .as("delivery of %s", delivery.what())
                        .isIn(InboxConsumer.Outcome.APPLIED, InboxConsumer.Outcome.DUPLICATE);
                delivered.add(delivery.what());
                assertThat(trialBalance())
                        .as("trial balance after %s in %s", delivery.what(), history)
                        .isZero();
                for (Story story : history) {
                    if (settled(story, delivered)) {
                        assertThat(firmShare(story) + voucherShare(story))
                                .as("fee split of %s", story)
                                .isEqualTo(expectedCharge(story));
                    }
                }
            }
            Map<String, Long> balances = balances(history);
            List<Delivery> replay = new ArrayList<>(deliveries);
            Collections.shuffle(replay, random);
            replay.forEach(d -> assertThat(inbox.consume(d.record(), consumers.handlers()))
                    .isEqualTo(InboxConsumer.Outcome.DUPLICATE));
            assertThat(balances(history))
                    .as("balances after replaying %s", history)
                    .isEqualTo(balances);
        }
    }

    /**
     * An order for a service: its price in {@code milestones} parts, the first {@code accepted} of them accepted, then
     * cancelled (owing 20 % of the rest) or not, paid in part by a voucher of {@code coverage} (or none, when null).
     */
    record OrderStory(OrderSnapshot order, int accepted, boolean cancelled, BigDecimal coverage) {

        /** Every event the story publishes, each with what it is, for the settled check. */
        List<IntegrationEvent> events() {
            List<IntegrationEvent> events = new ArrayList<>();
            long price = order.price().fen();
            long hold = coverage == null
                    ? 0
                    : Money.ofFen(price).shareRoundedDown(coverage).fen();
            long redeemed = 0;
            for (int n = 1; n <= accepted; n++) {
                OrderSnapshot after = withAccepted(n);
                events.add(new OrderMilestoneAccepted(after, n));
                long amount = order.milestones().get(n - 1).amount().fen();
                long share = n == order.milestones().size()
                        ? hold - redeemed
                        : Math.min(hold - redeemed, hold * amount / price);
                redeemed += share;
                if (share > 0) {
                    events.add(new VoucherRedeemedForMilestone(
                            order.voucherId(),
                            order.id(),
                            n,
                            UUID.randomUUID(),
                            Region.CN_SH,
                            order.firmOrganizationId(),
                            order.providerOrganizationId(),
                            order.providerRegion(),
                            order.kind(),
                            order.category(),
                            Money.ofFen(amount),
                            Money.ofFen(share),
                            Money.ofFen(hold - redeemed),
                            Instant.now(),
                            null));
                }
            }
            if (cancelled) {
                events.add(new OrderCancelled(withAccepted(accepted), Money.ofFen(cancellationFee())));
            }
            return events;
        }

        long cancellationFee() {
            long open = order.milestones().stream()
                    .skip(accepted)
                    .mapToLong(m -> m.amount().fen())
                    .sum();
            return cancelled ? open * order.cancellationFeePercent() / 100 : 0;
        }

        long expectedCharge() {
            return order.milestones().stream()
                            .limit(accepted)
                            .mapToLong(m -> m.amount().fen())
                            .sum()
                    + cancellationFee();
        }

        private OrderSnapshot withAccepted(int n) {
            List<OrderSnapshot.Milestone> parts = new ArrayList<>();
            for (OrderSnapshot.Milestone m : order.milestones()) {
                parts.add(new OrderSnapshot.Milestone(
                        m.number(), m.title(), m.amount(), m.due(), m.number() <= n ? "ACCEPTED" : "PENDING"));
            }
            return new OrderSnapshot(
                    order.id(),
                    order.quoteRequestId(),
                    order.quoteId(),
                    order.serviceOfferId(),
                    order.firmOrganizationId(),
                    order.firmRegion(),
                    order.providerId(),
                    order.providerOrganizationId(),
                    order.providerRegion(),
                    order.kind(),
                    order.category(),
                    order.serviceName(),
                    order.title(),
                    order.price(),
                    parts,
                    order.cancellationFeePercent(),
                    order.voucherId(),
                    order.voucherHeld(),
                    order.status(),
                    order.placedAt(),
                    order.version() + n,
                    false);
        }
    }

    /**
     * The same for orders of services: milestone charges, voucher shares per milestone and cancellation fees, in any
     * order and some twice, keep the trial balance at zero and split each order's charges exactly between the firm
     * and the bureau; a replay changes nothing.
     */
    @Test
    void anyInterleavingOfOrderEventsKeepsTheBooksBalancedAndEachChargeSplitExactly() {
        Arbitrary<OrderStory> stories = Combinators.combine(
                        Arbitraries.longs().between(1, 100_000_000),
                        Arbitraries.integers().between(1, 3),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.of(true, false),
                        Arbitraries.integers().between(0, 100))
                .as((fen, parts, accepted, cancelled, percent) -> {
                    int done = Math.min(accepted, parts);
                    return new OrderStory(
                            anOrder()
                                    .by(UUID.randomUUID(), Region.CN_SH)
                                    .at(UUID.randomUUID(), Region.CN_SH)
                                    .costing(Money.ofFen(fen).toDecimalString(), parts)
                                    .paidWith(percent == 0 ? null : UUID.randomUUID())
                                    .build(),
                            done,
                            cancelled && done < parts,
                            percent == 0 ? null : BigDecimal.valueOf(percent, 2));
                });
        Random random = new Random(20261201L);
        for (int h = 0; h < HISTORIES; h++) {
            List<OrderStory> history = stories.list().ofMinSize(1).ofMaxSize(4).sample();
            List<Delivery> deliveries = new ArrayList<>();
            for (OrderStory story : history) {
                for (IntegrationEvent event : story.events()) {
                    String source = event instanceof VoucherRedeemedForMilestone ? "innovation-voucher" : "booking";
                    deliveries.add(new Delivery(
                            record(CloudEvent.of(source, event), event),
                            story.order().id(),
                            event + ""));
                }
            }
            Collections.shuffle(deliveries, random);
            for (int duplicates = random.nextInt(4); duplicates > 0 && !deliveries.isEmpty(); duplicates--) {
                deliveries.add(
                        random.nextInt(deliveries.size() + 1), deliveries.get(random.nextInt(deliveries.size())));
            }
            Set<Delivery> delivered = new HashSet<>();
            for (Delivery delivery : deliveries) {
                assertThat(inbox.consume(delivery.record(), consumers.handlers()))
                        .isIn(InboxConsumer.Outcome.APPLIED, InboxConsumer.Outcome.DUPLICATE);
                delivered.add(delivery);
                assertThat(trialBalance()).as("trial balance in %s", history).isZero();
            }
            for (OrderStory story : history) {
                UUID order = story.order().id();
                long firm = sumOfOrder(
                        "FIRM_RECEIVABLE", story.order().firmOrganizationId().toString(), order);
                long bureau = sumOfOrder("BUREAU_RECEIVABLE", "CN-SH", order);
                assertThat(firm + bureau).as("charges of %s", story).isEqualTo(story.expectedCharge());
                assertThat(sumOfOrder(
                                "PROVIDER_PAYABLE",
                                story.order().providerOrganizationId().toString(),
                                order))
                        .isEqualTo(-story.expectedCharge());
            }
            long before = trialBalance();
            deliveries.forEach(d -> assertThat(inbox.consume(d.record(), consumers.handlers()))
                    .isEqualTo(InboxConsumer.Outcome.DUPLICATE));
            assertThat(trialBalance()).isEqualTo(before);
        }
    }

    private long sumOfOrder(String kind, String owner, UUID order) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("""
                        SELECT coalesce(sum(p.amount_fen), 0) FROM posting p JOIN account a ON a.id = p.account_id
                        JOIN journal_transaction t ON t.id = p.transaction_id
                        WHERE a.kind = ?1 AND a.owner = ?2 AND t.order_id = ?3""")
                                .setParameter(1, kind)
                                .setParameter(2, owner)
                                .setParameter(3, order)
                                .getSingleResult())
                        .longValue());
    }

    private static List<Delivery> deliveries(List<Story> history) {
        List<Delivery> deliveries = new ArrayList<>();
        for (Story story : history) {
            BookingSnapshot b = story.booking();
            Money fee = b.fee().amount();
            IntegrationEvent bookingEvent = switch (story.outcome()) {
                case COMPLETED, COMPLETED_WITH_VOUCHER -> new BookingCompleted(b);
                case CANCELLED_FREE -> new BookingCancelled(b, Money.ZERO);
                case CANCELLED_LATE -> new BookingCancelled(b, Money.ofFen(fee.fen() / 2));
                case NO_SHOW -> new BookingNoShow(b, fee);
            };
            deliveries.add(delivery(bookingEvent, "booking", b, story.outcome().name()));
            if (story.outcome() == Outcome.COMPLETED_WITH_VOUCHER) {
                deliveries.add(delivery(
                        new VoucherRedeemed(
                                b.voucherId(),
                                b.id(),
                                UUID.randomUUID(),
                                Region.CN_SH,
                                b.firmOrganizationId(),
                                b.providerOrganizationId(),
                                b.providerRegion(),
                                b.instrumentCategory(),
                                fee,
                                fee.shareRoundedDown(story.coverage()),
                                Money.ZERO,
                                Instant.now(),
                                null),
                        "innovation-voucher",
                        b,
                        "VOUCHER_REDEEMED"));
            }
        }
        return deliveries;
    }

    private static Delivery delivery(IntegrationEvent event, String source, BookingSnapshot booking, String what) {
        return new Delivery(record(CloudEvent.of(source, event), event), booking.id(), what + " " + booking.id());
    }

    /** Whether every event of the story has been delivered at least once. */
    private static boolean settled(Story story, Set<String> delivered) {
        boolean booked = delivered.contains(
                story.outcome().name() + " " + story.booking().id());
        boolean voucher = story.outcome() != Outcome.COMPLETED_WITH_VOUCHER
                || delivered.contains("VOUCHER_REDEEMED " + story.booking().id());
        return booked && voucher;
    }

    private static long expectedCharge(Story story) {
        long fee = story.booking().fee().amount().fen();
        return switch (story.outcome()) {
            case COMPLETED, COMPLETED_WITH_VOUCHER, NO_SHOW -> fee;
            case CANCELLED_FREE -> 0;
            case CANCELLED_LATE -> fee / 2;
        };
    }

    private long firmShare(Story story) {
        return sum(
                "FIRM_RECEIVABLE",
                story.booking().firmOrganizationId().toString(),
                story.booking().id());
    }

    private long voucherShare(Story story) {
        return sum("BUREAU_RECEIVABLE", "CN-SH", story.booking().id());
    }

    private long sum(String kind, String owner, UUID booking) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("""
                        SELECT coalesce(sum(p.amount_fen), 0) FROM posting p JOIN account a ON a.id = p.account_id
                        JOIN journal_transaction t ON t.id = p.transaction_id
                        WHERE a.kind = ?1 AND a.owner = ?2 AND t.booking_id = ?3""")
                                .setParameter(1, kind)
                                .setParameter(2, owner)
                                .setParameter(3, booking)
                                .getSingleResult())
                        .longValue());
    }

    private long trialBalance() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("SELECT coalesce(sum(amount_fen), 0) FROM posting")
                                .getSingleResult())
                        .longValue());
    }

    private Map<String, Long> balances(List<Story> history) {
        Map<String, Long> balances = new TreeMap<>();
        for (Story story : history) {
            BookingSnapshot b = story.booking();
            balances.put("firm " + b.firmOrganizationId(), firmShare(story));
            balances.put(
                    "provider " + b.providerOrganizationId(),
                    sum("PROVIDER_PAYABLE", b.providerOrganizationId().toString(), b.id()));
            balances.put("bureau " + b.id(), voucherShare(story));
        }
        return balances;
    }
}
