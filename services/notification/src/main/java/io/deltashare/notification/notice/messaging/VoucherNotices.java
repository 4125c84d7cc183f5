package io.deltashare.notification.notice.messaging;

import io.deltashare.contracts.events.CloudEvent;
import io.deltashare.contracts.voucher.VoucherApplicationRejected;
import io.deltashare.contracts.voucher.VoucherApplied;
import io.deltashare.contracts.voucher.VoucherExpired;
import io.deltashare.contracts.voucher.VoucherIssued;
import io.deltashare.contracts.voucher.VoucherSnapshot;
import io.deltashare.notification.notice.domain.Audience;
import io.deltashare.notification.notice.domain.Kind;
import io.deltashare.notification.notice.domain.Notice;
import io.deltashare.notification.notice.persistence.Notices;
import io.deltashare.notification.reminder.persistence.Copies;
import io.deltashare.platform.inbox.ConsumesEvents;
import io.deltashare.platform.inbox.EventHandlers;
import io.deltashare.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A voucher application's answer as notices: received, to the officers of the bureau that runs the program (the
 * province's, or the pilot locality's); approved or turned down, to the firm. An issued voucher is copied for its
 * expiry warnings.
 */
@ApplicationScoped
public class VoucherNotices implements ConsumesEvents {

    private final Notices notices;
    private final Copies copies;
    private final Clock clock;
    private final EventHandlers handlers;

    VoucherNotices(Notices notices, Copies copies, Clock clock) {
        this.notices = notices;
        this.copies = copies;
        this.clock = clock;
        this.handlers = EventHandlers.create()
                .on(
                        VoucherApplied.class,
                        (e, envelope) -> add(
                                envelope,
                                Kind.VOUCHER_APPLIED,
                                Audience.holdersOf(Roles.BUREAU, e.region().code(), e.locality()),
                                Map.of(
                                        "application", e.applicationId().toString(),
                                        "program", e.programId().toString(),
                                        "region", e.region().code(),
                                        "firm", e.firmOrganizationId().toString(),
                                        "appliedAt", e.appliedAt().toString())))
                .on(VoucherIssued.class, (e, envelope) -> issued(envelope, e.voucher()))
                .on(
                        VoucherApplicationRejected.class,
                        (e, envelope) -> add(
                                envelope,
                                Kind.VOUCHER_APPLICATION_REJECTED,
                                Audience.membersOf(e.firmOrganizationId()),
                                rejection(e)))
                .on(VoucherExpired.class, (e, envelope) -> copies.expired(e.voucherId()));
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }

    private void issued(CloudEvent envelope, VoucherSnapshot voucher) {
        copies.voucher(voucher);
        add(
                envelope,
                Kind.VOUCHER_ISSUED,
                Audience.membersOf(voucher.firmOrganizationId()),
                voucherFacts(
                        voucher.id().toString(),
                        voucher.code(),
                        voucher.firmOrganizationId().toString(),
                        voucher.issuingRegion().code(),
                        voucher.faceValue().fen(),
                        voucher.expiresAt()));
    }

    private void add(CloudEvent envelope, Kind kind, Audience audience, Map<String, String> facts) {
        Instant now = clock.instant();
        notices.add(new Notice(envelope.id(), kind, audience, facts), now, now);
    }

    /** What an e-mail about a voucher says: its code, holder, issuer, face value and expiry. */
    public static Map<String, String> voucherFacts(
            String id, String code, String firm, String region, long faceValueFen, Instant expiresAt) {
        return Map.of(
                "voucher", id,
                "code", code,
                "firm", firm,
                "region", region,
                "faceValue", Long.toString(faceValueFen),
                "expiresAt", expiresAt.toString());
    }

    private static Map<String, String> rejection(VoucherApplicationRejected e) {
        Map<String, String> facts = new HashMap<>();
        facts.put("application", e.applicationId().toString());
        facts.put("program", e.programId().toString());
        facts.put("region", e.region().code());
        facts.put("firm", e.firmOrganizationId().toString());
        if (e.reason() != null) {
            facts.put("reason", e.reason());
        }
        return facts;
    }
}
