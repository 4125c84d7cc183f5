package io.deltashare.settlement.subsidy.application;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.events.CloudEvent;
import io.deltashare.contracts.insight.SubsidiesApproved;
import io.deltashare.contracts.money.Money;
import io.deltashare.contracts.settlement.SubsidiesPaid;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.outbox.Outbox;
import io.deltashare.platform.security.Caller;
import io.deltashare.settlement.ledger.domain.PostingRules;
import io.deltashare.settlement.ledger.persistence.Journal;
import io.deltashare.settlement.subsidy.persistence.Subsidies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Subsidies in the books: an approval (from insight) posts what the bureau owes and each provider is owed; the
 * platform's finance officers record the payout, which takes both back down and tells insight. The bureau of the
 * region sees its own; finance and the admin all.
 */
@ApplicationScoped
public class SubsidyLedger {

    /** An allocation as settlement keeps it. */
    public record SubsidyView(
            UUID allocationId,
            UUID assessmentId,
            Region region,
            int year,
            Money total,
            @Schema(enumeration = {"APPROVED", "PAID"}) String status,
            List<LineView> lines,
            Instant approvedAt,
            UUID approvalTransactionId,
            @Schema(nullable = true) Instant paidAt,
            @Schema(nullable = true) UUID payoutTransactionId,
            @Schema(nullable = true) String paymentReference) {}

    /** One provider's subsidy. */
    @Schema(name = "SubsidyLine")
    public record LineView(UUID providerId, UUID providerOrganizationId, Money amount) {}

    private final Subsidies subsidies;
    private final Journal journal;
    private final Outbox outbox;
    private final Clock clock;

    SubsidyLedger(Subsidies subsidies, Journal journal, Outbox outbox, Clock clock) {
        this.subsidies = subsidies;
        this.journal = journal;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Posts an approval once: a redelivered event finds its transaction posted and writes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void approved(SubsidiesApproved approved, CloudEvent envelope) {
        long sum = approved.lines().stream().mapToLong(l -> l.amount().fen()).sum();
        if (sum != approved.total().fen() || approved.lines().isEmpty()) {
            throw new io.deltashare.platform.inbox.EventRefusedException(
                    "the subsidy lines add up to " + Money.ofFen(sum) + ", not the total " + approved.total());
        }
        journal.post(
                        Journal.Header.ofEvent(
                                "SUBSIDY_APPROVED",
                                envelope.id(),
                                null,
                                "subsidies " + approved.year() + " approved by the "
                                        + approved.region().code() + " bureau: "
                                        + approved.total().toDecimalString(),
                                envelope.time()),
                        PostingRules.subsidiesApproved(
                                approved.region(),
                                byOrganization(approved.lines().stream()
                                        .map(l -> new Subsidies.Line(
                                                l.providerId(),
                                                l.providerOrganizationId(),
                                                l.amount().fen()))
                                        .toList())))
                .ifPresent(transaction -> subsidies.add(
                        new Subsidies.Row(
                                approved.allocationId(),
                                approved.assessmentId(),
                                approved.region().code(),
                                approved.year(),
                                approved.total().fen(),
                                "APPROVED",
                                envelope.time(),
                                transaction,
                                null,
                                null,
                                null,
                                null),
                        approved.lines().stream()
                                .map(l -> new Subsidies.Line(
                                        l.providerId(),
                                        l.providerOrganizationId(),
                                        l.amount().fen()))
                                .toList()));
    }

    /** Finance records that the bureau paid: once; a second time is a conflict. */
    @Transactional
    public SubsidyView pay(UUID allocation, String reference, Caller caller) {
        if (!caller.isFinance()) {
            throw Rejected.forbidden("a subsidy payout is recorded by the platform's finance officers");
        }
        Subsidies.Row row = subsidies
                .find(allocation, true)
                .orElseThrow(() -> Rejected.notFound("subsidy allocation " + allocation));
        if (!row.status().equals("APPROVED")) {
            throw Rejected.conflict("subsidy-paid", "the subsidies were paid already");
        }
        Instant now = clock.instant();
        Region region = Region.ofCode(row.region());
        UUID payout = journal.post(
                        new Journal.Header(
                                "SUBSIDY_PAID",
                                null,
                                null,
                                "subsidies " + allocation,
                                "payout of the " + row.region() + " bureau's subsidies " + row.year(),
                                now,
                                null),
                        PostingRules.subsidiesPaid(region, byOrganization(subsidies.lines(allocation))))
                .orElseThrow();
        subsidies.paid(allocation, now, payout, reference, caller.subject());
        outbox.publish(new SubsidiesPaid(allocation, region, row.year(), Money.ofFen(row.totalFen()), payout));
        return view(subsidies.find(allocation, false).orElseThrow());
    }

    @Transactional
    public SubsidyView get(UUID allocation, Caller caller) {
        return subsidies
                .find(allocation, false)
                .filter(row -> sees(caller, row.region()))
                .map(this::view)
                .orElseThrow(() -> Rejected.notFound("subsidy allocation " + allocation));
    }

    @Transactional
    public List<SubsidyView> list(String region, Instant after, UUID afterId, int limit, Caller caller) {
        String visible = region;
        if (!caller.isAdmin() && !caller.isFinance()) {
            visible = caller.region()
                    .filter(caller::isBureauOf)
                    .orElseThrow(() -> Rejected.forbidden("a province's bureau sees its own region's subsidies"));
            if (region != null && !region.equals(visible)) {
                throw Rejected.forbidden("a bureau sees its own region's subsidies only");
            }
        }
        return subsidies.list(visible, after, afterId, limit).stream()
                .map(this::view)
                .toList();
    }

    private static boolean sees(Caller caller, String region) {
        return caller.isAdmin() || caller.isFinance() || caller.isBureauOf(region);
    }

    private SubsidyView view(Subsidies.Row row) {
        return new SubsidyView(
                row.allocationId(),
                row.assessmentId(),
                Region.ofCode(row.region()),
                row.year(),
                Money.ofFen(row.totalFen()),
                row.status(),
                subsidies.lines(row.allocationId()).stream()
                        .map(l -> new LineView(l.providerId(), l.providerOrganizationId(), Money.ofFen(l.amountFen())))
                        .toList(),
                row.approvedAt(),
                row.approvalTx(),
                row.paidAt(),
                row.payoutTx(),
                row.reference());
    }

    /** Amounts per provider organization (the owner of its account), in a stable order. */
    private static Map<UUID, Long> byOrganization(List<Subsidies.Line> lines) {
        Map<UUID, Long> fen = new LinkedHashMap<>();
        lines.forEach(l -> fen.merge(l.providerOrganizationId(), l.amountFen(), Long::sum));
        return fen;
    }
}
