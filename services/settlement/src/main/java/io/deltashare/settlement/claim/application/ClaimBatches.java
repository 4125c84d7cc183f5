package io.deltashare.settlement.claim.application;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.money.Money;
import io.deltashare.contracts.settlement.ClaimBatchApproved;
import io.deltashare.contracts.settlement.ClaimBatchPaid;
import io.deltashare.contracts.settlement.ClaimBatchSubmitted;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.outbox.Outbox;
import io.deltashare.platform.rest.Cursor;
import io.deltashare.platform.security.Caller;
import io.deltashare.settlement.claim.domain.BatchStatus;
import io.deltashare.settlement.claim.domain.ClaimBatch;
import io.deltashare.settlement.claim.persistence.ClaimBatchRepository;
import io.deltashare.settlement.claim.persistence.Redemptions;
import io.deltashare.settlement.ledger.domain.PostingRules;
import io.deltashare.settlement.ledger.persistence.Journal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Bureau claim batches (兑付): the platform drafts, for a region and month, the voucher redemptions that region's
 * bureau owes, grouped by provider; it is submitted, the bureau approves it, and its payment posts the journal
 * entry. The {@link ClaimBatch} decides each step; each redemption is claimed by one batch only.
 */
@ApplicationScoped
public class ClaimBatches {

    /** A batch with its lines per provider and its single redemptions. */
    public record BatchView(
            UUID id,
            Region region,

            @Schema(
                    nullable = true,
                    description = "the pilot locality whose bureau pays it; null: the province's bureau")
            String locality,

            String month,
            String status,
            Money total,
            Money crossRegionTotal,
            List<ProviderLine> providers,
            List<RedemptionLine> redemptions,
            Instant createdAt,
            @Schema(nullable = true) Instant approvedAt,
            @Schema(nullable = true) Instant paidAt,
            @Schema(nullable = true) String paymentReference,
            @Schema(nullable = true) UUID payoutTransactionId) {}

    /** What the bureau owes for the bookings at one provider. */
    public record ProviderLine(
            UUID providerOrganizationId,
            Region providerRegion,
            boolean crossRegion,
            long redemptions,
            Money servicesBought,
            Money amount) {}

    /**
     * One redemption in the batch: of a booking, or of a milestone of an order for a service; {@code fee} is what was
     * bought (the booking's fee, the milestone's amount), {@code amount} what the voucher paid of it.
     */
    public record RedemptionLine(
            @Schema(nullable = true) UUID bookingId,
            @Schema(nullable = true) UUID orderId,
            @Schema(nullable = true) Integer milestone,
            UUID voucherId,
            UUID firmOrganizationId,
            UUID providerOrganizationId,
            Region providerRegion,
            boolean crossRegion,
            String category,
            Money fee,
            Money amount,
            Instant redeemedAt) {}

    private final ClaimBatchRepository batches;
    private final Redemptions redemptions;
    private final Journal journal;
    private final Outbox outbox;
    private final Clock clock;

    ClaimBatches(ClaimBatchRepository batches, Redemptions redemptions, Journal journal, Outbox outbox, Clock clock) {
        this.batches = batches;
        this.redemptions = redemptions;
        this.journal = journal;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Drafts the batch of {@code region}'s vouchers for {@code month}: of the pilot locality {@code locality}'s
     * bureau when given (a locality's officer drafts its own by default), else of the province's own bureau.
     */
    @Transactional
    public BatchView draft(Region region, String locality, YearMonth month, Caller caller) {
        String issuer = locality != null
                ? locality
                : caller.isBureau() ? caller.locality().orElse(null) : null;
        requireManager(caller, region, issuer);
        ClaimBatch draft = ClaimBatch.draft(UUID.randomUUID(), region, issuer, month, caller.subject(), clock.instant())
                .orElseThrow();
        batches.add(draft);
        Redemptions.Claimed claimed = redemptions.claim(draft.id(), region, issuer, month);
        ClaimBatch batch = draft.claimed(claimed.count(), claimed.totalFen(), claimed.crossRegionFen())
                .orElseThrow();
        batches.save(batch);
        return view(batch);
    }

    @Transactional
    public BatchView submit(UUID id, Caller caller) {
        ClaimBatch batch = locked(id, caller);
        requireManager(caller, batch.region(), batch.locality());
        ClaimBatch submitted = batch.submit(clock.instant()).orElseThrow();
        // its bureau's officers are told it waits for their approval
        outbox.publish(new ClaimBatchSubmitted(
                submitted.id(),
                submitted.region(),
                submitted.locality(),
                submitted.month(),
                redemptions.countIn(submitted.id()),
                Money.ofFen(submitted.totalFen()),
                Money.ofFen(submitted.crossRegionFen())));
        return saved(submitted);
    }

    /**
     * Only an officer of the bureau that pays the batch approves (the province's, or the pilot locality's for a
     * locality's batch): the bureau commits to paying it.
     */
    @Transactional
    public BatchView approve(UUID id, Caller caller) {
        ClaimBatch batch = locked(id, caller);
        if (!caller.isIssuer(batch.region().code(), batch.locality())) {
            throw Rejected.forbidden("only the bureau of " + batch.issuer() + " approves its claim batches");
        }
        ClaimBatch approved = batch.approve(caller.subject(), clock.instant()).orElseThrow();
        outbox.publish(new ClaimBatchApproved(
                approved.id(),
                approved.region(),
                approved.month(),
                redemptions.countIn(approved.id()),
                Money.ofFen(approved.totalFen()),
                Money.ofFen(approved.crossRegionFen())));
        return saved(approved);
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
        ClaimBatch batch = locked(id, caller).payable().orElseThrow();
        Instant now = clock.instant();
        UUID payout = journal.post(
                        new Journal.Header(
                                "BUREAU_PAYOUT",
                                null,
                                null,
                                "claim batch " + batch.id(),
                                "payout of the " + batch.region().code() + " bureau's claim batch for " + batch.month(),
                                now,
                                null),
                        PostingRules.bureauPaid(batch.region(), batch.totalFen()))
                .orElseThrow();
        ClaimBatch paid = batch.paid(reference, caller.subject(), now, payout).orElseThrow();
        outbox.publish(
                new ClaimBatchPaid(paid.id(), paid.region(), paid.month(), Money.ofFen(paid.totalFen()), payout));
        return saved(paid);
    }

    @Transactional
    public BatchView get(UUID id, Caller caller) {
        return view(batches.find(id)
                .filter(b -> visible(b, caller))
                .orElseThrow(() -> Rejected.notFound("claim batch " + id)));
    }

    /**
     * The admin's batches of any region, a province bureau's of its region (its localities' included), a pilot
     * locality's of its own; newest first.
     */
    @Transactional
    public List<BatchView> list(Caller caller, Region region, BatchStatus status, Cursor after, int limit) {
        if (seesEveryRegion(caller)) {
            return batches.list(region, null, status, after, limit).stream()
                    .map(this::view)
                    .toList();
        }
        Region own = caller.region().map(Region::ofCode).orElse(null);
        if (own == null) {
            return List.of();
        }
        if (region != null && !region.equals(own)) {
            throw Rejected.forbidden("a bureau sees the claim batches of its own region only");
        }
        return batches.list(own, caller.locality().orElse(null), status, after, limit).stream()
                .map(this::view)
                .toList();
    }

    /** The platform's operators and finance officers see every region's batches; a bureau its own. */
    private static boolean seesEveryRegion(Caller caller) {
        return caller.isAdmin() || caller.isFinance();
    }

    /** The platform's operators, the province's bureau, and for a locality's batch that locality's bureau. */
    private static boolean visible(ClaimBatch batch, Caller caller) {
        return seesEveryRegion(caller)
                || caller.isBureauOf(batch.region().code())
                || caller.isIssuer(batch.region().code(), batch.locality());
    }

    private ClaimBatch locked(UUID id, Caller caller) {
        return batches.lockedForUpdate(id)
                .filter(b -> visible(b, caller))
                .orElseThrow(() -> Rejected.notFound("claim batch " + id));
    }

    /** The platform, or the bureau that pays the batch (the province's, or the pilot locality's). */
    private static void requireManager(Caller caller, Region region, String locality) {
        if (!caller.isAdmin() && !caller.isIssuer(region.code(), locality)) {
            String issuer = locality == null ? region.code() : region.code() + " " + locality;
            throw Rejected.forbidden("claim batches of " + issuer + " are drafted by the platform or that bureau");
        }
    }

    private BatchView saved(ClaimBatch batch) {
        batches.save(batch);
        return view(batch);
    }

    private BatchView view(ClaimBatch batch) {
        List<RedemptionLine> lines = redemptions.of(batch.id()).stream()
                .map(r -> new RedemptionLine(
                        r.bookingId(),
                        r.orderId(),
                        r.milestone(),
                        r.voucherId(),
                        r.firmOrganizationId(),
                        r.providerOrganizationId(),
                        r.providerRegion(),
                        !r.providerRegion().equals(batch.region()),
                        r.category(),
                        Money.ofFen(r.feeFen()),
                        Money.ofFen(r.amountFen()),
                        r.redeemedAt()))
                .toList();
        List<ProviderLine> providers = lines.stream()
                .collect(Collectors.groupingBy(
                        l -> List.of(l.providerOrganizationId(), l.providerRegion()),
                        LinkedHashMap::new,
                        Collectors.toList()))
                .values()
                .stream()
                .map(group -> new ProviderLine(
                        group.get(0).providerOrganizationId(),
                        group.get(0).providerRegion(),
                        group.get(0).crossRegion(),
                        group.size(),
                        Money.ofFen(group.stream().mapToLong(l -> l.fee().fen()).sum()),
                        Money.ofFen(
                                group.stream().mapToLong(l -> l.amount().fen()).sum())))
                .toList();
        return new BatchView(
                batch.id(),
                batch.region(),
                batch.locality(),
                batch.month().toString(),
                batch.status().name(),
                Money.ofFen(batch.totalFen()),
                Money.ofFen(batch.crossRegionFen()),
                providers,
                lines,
                batch.createdAt(),
                batch.approvedAt(),
                batch.paidAt(),
                batch.paymentReference(),
                batch.payoutTransactionId());
    }
}
