package io.deltashare.settlement.reconciliation.application;

import io.deltashare.contracts.money.Money;
import io.deltashare.settlement.ledger.application.Ledger;
import io.deltashare.settlement.statement.application.Statements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Checks the books against what happened: the trial balance is zero, every completed booking with a fee has its
 * posting, and no redemption of a month that has ended is left out of a claim batch.
 */
@ApplicationScoped
public class Reconciliation {

    /** What the check found; {@code clean} when there is nothing to look into. */
    public record Report(Instant checkedAt, Money trialBalance, boolean clean, List<UUID> completedBookingsWithoutPostings,
                         List<Unclaimed> redemptionsWithoutBatch) {
    }

    /** A redemption of an ended month that no claim batch holds. */
    public record Unclaimed(UUID bookingId, String issuingRegion, Money amount, Instant redeemedAt) {
    }

    private final EntityManager entityManager;
    private final Ledger ledger;
    private final Clock clock;

    Reconciliation(EntityManager entityManager, Ledger ledger, Clock clock) {
        this.entityManager = entityManager;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Transactional
    public Report check() {
        Instant now = clock.instant();
        Money trial = ledger.trialBalance();
        @SuppressWarnings("unchecked") // booking ids
        List<UUID> unposted = entityManager.createNativeQuery("""
                        SELECT c.booking_id FROM completed_booking c
                        WHERE c.fee_fen > 0 AND NOT EXISTS (SELECT 1 FROM journal_transaction t
                              WHERE t.booking_id = c.booking_id AND t.kind = 'BOOKING_COMPLETED')
                        ORDER BY c.completed_at LIMIT 1000""", UUID.class).getResultList();
        Instant currentMonth = Statements.start(YearMonth.from(now.atZone(io.deltashare.platform.time.Clocks.SHANGHAI)));
        @SuppressWarnings("unchecked") // native rows: booking, region, amount, redeemed_at
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT booking_id, issuing_region, amount_fen, redeemed_at FROM redemption
                        WHERE batch_id IS NULL AND amount_fen > 0 AND redeemed_at < ?1 ORDER BY redeemed_at LIMIT 1000""")
                .setParameter(1, currentMonth.atOffset(ZoneOffset.UTC)).getResultList();
        List<Unclaimed> unclaimed = rows.stream().map(r -> new Unclaimed((UUID) r[0], (String) r[1],
                Money.ofFen(((Number) r[2]).longValue()), Ledger.instant(r[3]))).toList();
        return new Report(now, trial, trial.isZero() && unposted.isEmpty() && unclaimed.isEmpty(), unposted, unclaimed);
    }
}
