package io.deltashare.notification.notice.messaging;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.events.CloudEvent;
import io.deltashare.contracts.money.Money;
import io.deltashare.contracts.settlement.ClaimBatchApproved;
import io.deltashare.contracts.settlement.ClaimBatchPaid;
import io.deltashare.contracts.settlement.ClaimBatchSubmitted;
import io.deltashare.contracts.settlement.StatementIssued;
import io.deltashare.notification.notice.domain.Audience;
import io.deltashare.notification.notice.domain.Kind;
import io.deltashare.notification.notice.domain.Notice;
import io.deltashare.notification.notice.persistence.Notices;
import io.deltashare.platform.inbox.ConsumesEvents;
import io.deltashare.platform.inbox.EventHandlers;
import io.deltashare.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;

/**
 * Settlement's news as notices: a submitted claim batch (兑付) to the officers of the bureau that approves it, an
 * approved one to the finance officers who record its payment, a paid one to the bureau, and an issued monthly
 * statement (对账单) to its party.
 */
@ApplicationScoped
public class LedgerNotices implements ConsumesEvents {

    private final Notices notices;
    private final Clock clock;
    private final EventHandlers handlers;

    LedgerNotices(Notices notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
        this.handlers = EventHandlers.create()
                .on(
                        ClaimBatchSubmitted.class,
                        (e, envelope) -> add(
                                envelope,
                                Kind.CLAIM_BATCH_SUBMITTED,
                                Audience.holdersOf(Roles.BUREAU, e.region().code(), e.locality()),
                                batch(
                                        e.batchId(),
                                        e.region(),
                                        e.month(),
                                        e.redemptions(),
                                        e.total(),
                                        e.crossRegionTotal())))
                .on(
                        ClaimBatchApproved.class,
                        (e, envelope) -> add(
                                envelope,
                                Kind.CLAIM_BATCH_APPROVED,
                                Audience.holdersOf(Roles.FINANCE, null, null),
                                batch(
                                        e.batchId(),
                                        e.region(),
                                        e.month(),
                                        e.redemptions(),
                                        e.total(),
                                        e.crossRegionTotal())))
                .on(
                        ClaimBatchPaid.class,
                        (e, envelope) -> add(
                                envelope,
                                Kind.CLAIM_BATCH_PAID,
                                Audience.holdersOf(Roles.BUREAU, e.region().code(), null),
                                Map.of(
                                        "batch", e.batchId().toString(),
                                        "region", e.region().code(),
                                        "month", e.month().toString(),
                                        "total", Long.toString(e.total().fen()))))
                .on(
                        StatementIssued.class,
                        (e, envelope) -> add(
                                envelope,
                                Kind.STATEMENT_ISSUED,
                                e.partyId() == null
                                        ? Audience.holdersOf(Roles.BUREAU, e.region(), null)
                                        : Audience.membersOf(e.partyId()),
                                Map.of(
                                        "statement", e.statementId().toString(),
                                        "partyKind", e.partyKind(),
                                        "party",
                                                e.partyId() == null
                                                        ? e.region()
                                                        : e.partyId().toString(),
                                        "month", e.month().toString(),
                                        "opening",
                                                Long.toString(e.openingBalance().fen()),
                                        "closing",
                                                Long.toString(e.closingBalance().fen()),
                                        "lines", Integer.toString(e.lines()))));
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }

    /** What an e-mail about a claim batch says: which batch, whose and of which month, how many lines, how much. */
    private static Map<String, String> batch(
            UUID id, Region region, YearMonth month, int redemptions, Money total, Money crossRegionTotal) {
        return Map.of(
                "batch", id.toString(),
                "region", region.code(),
                "month", month.toString(),
                "redemptions", Integer.toString(redemptions),
                "total", Long.toString(total.fen()),
                "crossRegionTotal", Long.toString(crossRegionTotal.fen()));
    }

    private void add(CloudEvent envelope, Kind kind, Audience audience, Map<String, String> facts) {
        Instant now = clock.instant();
        notices.add(new Notice(envelope.id(), kind, audience, facts), now, now);
    }
}
