package io.deltashare.settlement.ledger;

import static io.deltashare.settlement.SettlementFixtures.record;
import static io.deltashare.testkit.fixtures.ABooking.aBooking;
import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.contracts.booking.BookingCancelled;
import io.deltashare.contracts.booking.BookingCompleted;
import io.deltashare.contracts.booking.BookingNoShow;
import io.deltashare.contracts.booking.BookingSnapshot;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.events.CloudEvent;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.money.Money;
import io.deltashare.contracts.voucher.VoucherRedeemed;
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
                                Instant.now()),
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
