package io.deltashare.settlement.claim.application;

import io.deltashare.platform.decision.Rejected;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.money.Money;
import io.deltashare.contracts.settlement.ClaimBatchApproved;
import io.deltashare.contracts.settlement.ClaimBatchPaid;
import io.deltashare.platform.outbox.Outbox;
import io.deltashare.platform.rest.Cursor;
import io.deltashare.platform.rest.Keyset;
import io.deltashare.platform.security.Caller;
import io.deltashare.settlement.claim.domain.BatchStatus;
import io.deltashare.settlement.claim.persistence.ClaimBatchEntity;
import io.deltashare.settlement.ledger.application.Journal;
import io.deltashare.settlement.ledger.application.Ledger;
import io.deltashare.settlement.ledger.domain.PostingRules;
import io.deltashare.settlement.statement.application.Statements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Bureau claim batches (兑付): the platform drafts, for a region and month, the voucher redemptions that region's
 * bureau owes, grouped by provider; it is submitted, the bureau approves it, and its payment posts the journal
 * entry. Each redemption is claimed by one batch only: drafting takes only rows no batch holds, row by row.
 */
@ApplicationScoped
public class ClaimBatches {

    /** A batch with its lines per provider and its single redemptions. */
    public record BatchView(UUID id, Region region, String month, String status, Money total, Money crossRegionTotal,
                            List<ProviderLine> providers, List<RedemptionLine> redemptions, Instant createdAt,
                            @Schema(nullable = true) Instant approvedAt, @Schema(nullable = true) Instant paidAt,
                            @Schema(nullable = true) String paymentReference,
                            @Schema(nullable = true) UUID payoutTransactionId) {
    }

    /** What the bureau owes for the bookings at one provider. */
    public record ProviderLine(UUID providerOrganizationId, Region providerRegion, boolean crossRegion,
                               long redemptions, Money servicesBought, Money amount) {
    }

    /** One redemption in the batch. */
    public record RedemptionLine(UUID bookingId, UUID voucherId, UUID firmOrganizationId, UUID providerOrganizationId,
                                 Region providerRegion, boolean crossRegion, String instrumentCategory,
                                 Money bookingFee, Money amount, Instant redeemedAt) {
    }

    private final EntityManager entityManager;
    private final Journal journal;
    private final Outbox outbox;
    private final Clock clock;

    ClaimBatches(EntityManager entityManager, Journal journal, Outbox outbox, Clock clock) {
        this.entityManager = entityManager;
        this.journal = journal;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public BatchView draft(Region region, YearMonth month, Caller caller) {
        requireManager(caller, region);
        Instant now = clock.instant();
        if (Statements.start(month).isAfter(now)) {
            throw Rejected.conflict("month-not-started", month + " has not begun");
        }
        ClaimBatchEntity batch = new ClaimBatchEntity();
        batch.id = UUID.randomUUID();
        batch.region = region.code();
        batch.month = month.toString();
        batch.status = BatchStatus.DRAFT.name();
        batch.createdBy = caller.subject();
        batch.createdAt = now;
        entityManager.persist(batch);
        entityManager.flush();
        int claimed = entityManager.createNativeQuery("""
                        UPDATE redemption SET batch_id = ?1
                        WHERE batch_id IS NULL AND issuing_region = ?2 AND redeemed_at >= ?3 AND redeemed_at < ?4""")
                .setParameter(1, batch.id).setParameter(2, region.code())
                .setParameter(3, Statements.start(month).atOffset(ZoneOffset.UTC))
                .setParameter(4, Statements.end(month).atOffset(ZoneOffset.UTC)).executeUpdate();
        if (claimed == 0) {
            throw Rejected.conflict("nothing-to-claim", "no redemption of " + region.code() + " vouchers in " + month
                    + " is waiting for a claim batch");
        }
        Object[] totals = (Object[]) entityManager.createNativeQuery("""
                        SELECT sum(amount_fen), coalesce(sum(amount_fen) FILTER (WHERE provider_region <> issuing_region), 0)
                        FROM redemption WHERE batch_id = ?1""").setParameter(1, batch.id).getSingleResult();
        batch.totalFen = ((Number) totals[0]).longValue();
        batch.crossRegionFen = ((Number) totals[1]).longValue();
        return view(batch);
    }

    @Transactional
    public BatchView submit(UUID id, Caller caller) {
        ClaimBatchEntity batch = locked(id, caller);
        requireManager(caller, Region.ofCode(batch.region));
        move(batch, BatchStatus.SUBMITTED);
        batch.submittedAt = clock.instant();
        return view(batch);
    }

    /** Only an officer of the batch's region approves: the bureau commits to paying it. */
    @Transactional
    public BatchView approve(UUID id, Caller caller) {
        ClaimBatchEntity batch = locked(id, caller);
        if (!caller.isBureau()) {
            throw Rejected.forbidden("only the bureau of " + batch.region + " approves its claim batches");
        }
        move(batch, BatchStatus.APPROVED);
        batch.approvedBy = caller.subject();
        batch.approvedAt = clock.instant();
        outbox.publish(new ClaimBatchApproved(batch.id, Region.ofCode(batch.region), YearMonth.parse(batch.month),
                count(batch.id), Money.ofFen(batch.totalFen), Money.ofFen(batch.crossRegionFen)));
        return view(batch);
    }

    /**
     * The bureau paid: cash comes in and the bureau owes that much less. Recorded by the platform's finance officer,
     * who sees the money arrive, with the transfer's reference; the paying bureau cannot mark its own debt paid.
     */
    @Transactional
    public BatchView pay(UUID id, String reference, Caller caller) {
        if (!caller.isFinance()) {
            throw Rejected.forbidden("a claim batch's payment is recorded by the platform's finance officers, who see "
                    + "the money arrive; the bureau that pays cannot mark its own batch paid");
        }
        ClaimBatchEntity batch = locked(id, caller);
        move(batch, BatchStatus.PAID);
        Instant now = clock.instant();
        Region region = Region.ofCode(batch.region);
        batch.paidAt = now;
        batch.paymentReference = reference;
        batch.paidRecordedBy = caller.subject();
        batch.payoutTransactionId = journal.post(new Journal.Header("BUREAU_PAYOUT", null, null, "claim batch " + batch.id,
                "payout of the " + batch.region + " bureau's claim batch for " + batch.month, now, null),
                PostingRules.bureauPaid(region, batch.totalFen)).orElseThrow();
        outbox.publish(new ClaimBatchPaid(batch.id, region, YearMonth.parse(batch.month), Money.ofFen(batch.totalFen),
                batch.payoutTransactionId));
        return view(batch);
    }

    @Transactional
    public BatchView get(UUID id, Caller caller) {
        return view(visible(id, caller, LockModeType.NONE));
    }

    /** The admin's batches of any region, a bureau's of its own; newest first. */
    @Transactional
    public List<BatchView> list(Caller caller, Region region, BatchStatus status, Cursor after, int limit) {
        String own = seesEveryRegion(caller) ? null : caller.region().orElse("-");
        if (own != null && region != null && !region.code().equals(own)) {
            throw Rejected.forbidden("a bureau sees the claim batches of its own region only");
        }
        String wanted = own != null ? own : region == null ? null : region.code();
        StringBuilder query = new StringBuilder("from ClaimBatchEntity where 1 = 1");
        java.util.Map<String, Object> parameters = new java.util.HashMap<>();
        if (wanted != null) {
            query.append(" and region = :region");
            parameters.put("region", wanted);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.put("status", status.name());
        }
        Keyset.after(after, "createdAt", query, parameters);
        var found = entityManager.createQuery(query.append(Keyset.newestFirst("createdAt")).toString(),
                ClaimBatchEntity.class);
        parameters.forEach(found::setParameter);
        return found.setMaxResults(limit).getResultList().stream().map(this::view).toList();
    }

    /** The platform's operators and finance officers see every region's batches; a bureau its own. */
    private static boolean seesEveryRegion(Caller caller) {
        return caller.isAdmin() || caller.isFinance();
    }

    private ClaimBatchEntity locked(UUID id, Caller caller) {
        return visible(id, caller, LockModeType.PESSIMISTIC_WRITE);
    }

    private ClaimBatchEntity visible(UUID id, Caller caller, LockModeType lock) {
        ClaimBatchEntity batch = entityManager.find(ClaimBatchEntity.class, id, lock);
        if (batch == null || !seesEveryRegion(caller) && !caller.region().map(batch.region::equals).orElse(false)) {
            throw Rejected.notFound("claim batch " + id);
        }
        return batch;
    }

    private static void requireManager(Caller caller, Region region) {
        if (!caller.isAdmin() && !(caller.isBureau() && caller.region().map(region.code()::equals).orElse(false))) {
            throw Rejected.forbidden("claim batches of " + region.code() + " are drafted by the platform or that bureau");
        }
    }

    private static void move(ClaimBatchEntity batch, BatchStatus target) {
        BatchStatus current = BatchStatus.valueOf(batch.status);
        if (!current.canBecome(target)) {
            throw Rejected.conflict("illegal-transition", "a claim batch that is " + current + " cannot become " + target);
        }
        batch.status = target.name();
    }

    private int count(UUID batch) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM redemption WHERE batch_id = ?1")
                .setParameter(1, batch).getSingleResult()).intValue();
    }

    private BatchView view(ClaimBatchEntity batch) {
        @SuppressWarnings("unchecked") // native rows of the batch's redemptions
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT booking_id, voucher_id, firm_organization_id, provider_organization_id, provider_region,
                               instrument_category, booking_fee_fen, amount_fen, redeemed_at
                        FROM redemption WHERE batch_id = ?1 ORDER BY provider_region, provider_organization_id, redeemed_at""")
                .setParameter(1, batch.id).getResultList();
        List<RedemptionLine> lines = rows.stream().map(r -> new RedemptionLine((UUID) r[0], (UUID) r[1], (UUID) r[2],
                (UUID) r[3], Region.ofCode((String) r[4]), !batch.region.equals(r[4]), (String) r[5],
                Money.ofFen(((Number) r[6]).longValue()), Money.ofFen(((Number) r[7]).longValue()),
                Ledger.instant(r[8]))).toList();
        List<ProviderLine> providers = lines.stream()
                .collect(java.util.stream.Collectors.groupingBy(l -> List.of(l.providerOrganizationId(), l.providerRegion()),
                        java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()))
                .values().stream().map(group -> new ProviderLine(group.get(0).providerOrganizationId(),
                        group.get(0).providerRegion(), group.get(0).crossRegion(), group.size(),
                        Money.ofFen(group.stream().mapToLong(l -> l.bookingFee().fen()).sum()),
                        Money.ofFen(group.stream().mapToLong(l -> l.amount().fen()).sum()))).toList();
        return new BatchView(batch.id, Region.ofCode(batch.region), batch.month, batch.status,
                Money.ofFen(batch.totalFen), Money.ofFen(batch.crossRegionFen), providers, lines, batch.createdAt,
                batch.approvedAt, batch.paidAt, batch.paymentReference, batch.payoutTransactionId);
    }
}
