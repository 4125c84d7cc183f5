package io.deltashare.insight.facts.persistence;

import static io.deltashare.platform.persistence.SqlTimes.instant;
import static io.deltashare.platform.persistence.SqlTimes.utc;

import io.deltashare.contracts.booking.BookingSnapshot;
import io.deltashare.contracts.catalog.InstrumentSnapshot;
import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.ProviderSnapshot;
import io.deltashare.contracts.catalog.ServiceOfferSnapshot;
import io.deltashare.contracts.membership.OrganizationSnapshot;
import io.deltashare.contracts.money.Money;
import io.deltashare.contracts.order.OrderSnapshot;
import io.deltashare.contracts.rating.RatingSnapshot;
import io.deltashare.contracts.voucher.VoucherApplied;
import io.deltashare.contracts.voucher.VoucherRedeemed;
import io.deltashare.contracts.voucher.VoucherRedeemedForMilestone;
import io.deltashare.contracts.voucher.VoucherSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;

/**
 * The read model the indicators are computed from, written once per event inside the inbox's transaction. A
 * snapshot replaces what is known only when it is at least as new (its {@code version}); a fact that happened once
 * (an application, an issue, a redemption, a payment) is inserted once and a repeat changes nothing.
 */
@ApplicationScoped
public class Facts {

    private final EntityManager entityManager;

    Facts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void provider(ProviderSnapshot p) {
        entityManager
                .createNativeQuery("""
                        INSERT INTO provider (id, organization_id, name_zh, name_en, region, city, type, version)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                        ON CONFLICT (id) DO UPDATE SET
                            organization_id = excluded.organization_id, name_zh = excluded.name_zh,
                            name_en = excluded.name_en, region = excluded.region, city = excluded.city,
                            type = excluded.type, version = excluded.version
                        WHERE provider.version <= excluded.version""")
                .setParameter(1, p.id())
                .setParameter(2, p.organizationId())
                .setParameter(3, p.name().zh())
                .setParameter(4, p.name().en())
                .setParameter(5, p.region().code())
                .setParameter(6, p.city())
                .setParameter(7, p.type())
                .setParameter(8, p.version())
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void instrument(InstrumentSnapshot i, Instant at) {
        listing(
                i.id(),
                "INSTRUMENT",
                i.providerId(),
                i.providerOrganizationId(),
                i.providerRegion().code(),
                i.category(),
                i.originalValue() == null ? null : i.originalValue().fen(),
                i.status(),
                i.version());
        details(i.id(), i.name(), openingMinutes(i.openingHours()), i.approvalRequired(), i.status(), i.version(), at);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void serviceOffer(ServiceOfferSnapshot s, Instant at) {
        listing(
                s.id(),
                "SERVICE",
                s.providerId(),
                s.providerOrganizationId(),
                s.providerRegion().code(),
                s.category(),
                null,
                s.status(),
                s.version());
        details(s.id(), s.name(), null, false, s.status(), s.version(), at);
    }

    /**
     * The listing's name, opening hours (minutes per weekday, Monday first; null for a service) and approval rule as
     * of its latest snapshot, and when it first went live and was withdrawn.
     */
    private void details(
            UUID id,
            LocalizedText name,
            int[] openingMinutes,
            boolean approvalRequired,
            String status,
            long version,
            Instant at) {
        entityManager
                .createNativeQuery("""
                        UPDATE listing SET name_zh = ?2, name_en = ?3,
                            opening_minutes = CAST(nullif(?4, '') AS integer[]), approval_required = ?5
                        WHERE id = ?1 AND version = ?6""")
                .setParameter(1, id)
                .setParameter(2, name.zh())
                .setParameter(3, name.en())
                .setParameter(4, openingMinutes == null ? "" : arrayLiteral(openingMinutes))
                .setParameter(5, approvalRequired)
                .setParameter(6, version)
                .executeUpdate();
        entityManager
                .createNativeQuery("""
                        UPDATE listing SET listed_at = coalesce(listed_at, ?2),
                            withdrawn_at = CASE WHEN ?3 THEN coalesce(withdrawn_at, ?2) ELSE withdrawn_at END
                        WHERE id = ?1""")
                .setParameter(1, id)
                .setParameter(2, utc(at))
                .setParameter(3, "WITHDRAWN".equals(status))
                .executeUpdate();
    }

    private static String arrayLiteral(int[] values) {
        return Arrays.stream(values).mapToObj(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    /** Minutes open on each weekday, Monday first, from the weekly windows (local times, {@code HH:mm}). */
    static int[] openingMinutes(List<InstrumentSnapshot.OpeningWindow> windows) {
        int[] minutes = new int[7];
        for (InstrumentSnapshot.OpeningWindow window : windows) {
            int day = DayOfWeek.valueOf(window.day()).getValue() - 1;
            minutes[day] += (int) Duration.between(LocalTime.parse(window.from()), LocalTime.parse(window.to()))
                    .toMinutes();
        }
        return minutes;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void order(OrderSnapshot o, Instant at) {
        if (o.sandbox()) {
            return; // a partner's test: no indicator, report or assessment counts it
        }
        long accepted = o.milestones().stream()
                .filter(m -> m.status().equals("ACCEPTED"))
                .mapToLong(m -> m.amount().fen())
                .sum();
        entityManager
                .createNativeQuery("""
                        INSERT INTO service_order (id, service_offer_id, provider_id, provider_organization_id,
                                                   provider_region, firm_organization_id, firm_region, kind, category,
                                                   price_fen, accepted_fen, status, placed_at, version)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
                        ON CONFLICT (id) DO UPDATE SET
                            accepted_fen = excluded.accepted_fen, status = excluded.status, version = excluded.version
                        WHERE service_order.version <= excluded.version""")
                .setParameter(1, o.id())
                .setParameter(2, o.serviceOfferId())
                .setParameter(3, o.providerId())
                .setParameter(4, o.providerOrganizationId())
                .setParameter(5, o.providerRegion().code())
                .setParameter(6, o.firmOrganizationId())
                .setParameter(7, o.firmRegion().code())
                .setParameter(8, o.kind().name())
                .setParameter(9, o.category())
                .setParameter(10, o.price().fen())
                .setParameter(11, accepted)
                .setParameter(12, o.status())
                .setParameter(13, utc(o.placedAt()))
                .setParameter(14, o.version())
                .executeUpdate();
        if (o.status().equals("COMPLETED")) {
            entityManager
                    .createNativeQuery(
                            "UPDATE service_order SET completed_at = coalesce(completed_at, ?2) WHERE id = ?1")
                    .setParameter(1, o.id())
                    .setParameter(2, utc(at))
                    .executeUpdate();
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void rating(RatingSnapshot r) {
        entityManager
                .createNativeQuery("""
                        INSERT INTO rating (id, subject, subject_id, provider_id, instrument_id, service_offer_id,
                                            firm_organization_id, quality, timeliness, service, rated_at, version)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
                        ON CONFLICT (id) DO UPDATE SET
                            quality = excluded.quality, timeliness = excluded.timeliness, service = excluded.service,
                            version = excluded.version
                        WHERE rating.version <= excluded.version""")
                .setParameter(1, r.id())
                .setParameter(2, r.subject())
                .setParameter(3, r.subjectId())
                .setParameter(4, r.providerId())
                .setParameter(5, new TypedParameterValue<>(StandardBasicTypes.UUID, r.instrumentId()))
                .setParameter(6, new TypedParameterValue<>(StandardBasicTypes.UUID, r.serviceOfferId()))
                .setParameter(7, r.firmOrganizationId())
                .setParameter(8, r.quality())
                .setParameter(9, r.timeliness())
                .setParameter(10, r.service())
                .setParameter(11, utc(r.ratedAt()))
                .setParameter(12, r.version())
                .executeUpdate();
    }

    private void listing(
            UUID id,
            String kind,
            UUID provider,
            UUID providerOrganization,
            String region,
            String category,
            Long originalValueFen,
            String status,
            long version) {
        entityManager
                .createNativeQuery("""
                        INSERT INTO listing (id, kind, provider_id, provider_organization_id, region, category,
                                             original_value_fen, status, version)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                        ON CONFLICT (id) DO UPDATE SET
                            region = excluded.region, category = excluded.category,
                            original_value_fen = excluded.original_value_fen, status = excluded.status,
                            version = excluded.version
                        WHERE listing.version <= excluded.version""")
                .setParameter(1, id)
                .setParameter(2, kind)
                .setParameter(3, provider)
                .setParameter(4, providerOrganization)
                .setParameter(5, region)
                .setParameter(6, category)
                .setParameter(7, number(originalValueFen))
                .setParameter(8, status)
                .setParameter(9, version)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void organization(OrganizationSnapshot o, Instant admittedAt) {
        entityManager
                .createNativeQuery("""
                        INSERT INTO organization (id, kind, region, admitted_at) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT (id) DO NOTHING""")
                .setParameter(1, o.id())
                .setParameter(2, o.kind())
                .setParameter(3, o.region().code())
                .setParameter(4, utc(admittedAt))
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void applied(VoucherApplied a) {
        entityManager
                .createNativeQuery("""
                        INSERT INTO voucher_application
                            (id, program_id, region, locality, firm_organization_id, year, applied_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                        ON CONFLICT (id) DO NOTHING""")
                .setParameter(1, a.applicationId())
                .setParameter(2, a.programId())
                .setParameter(3, a.region().code())
                .setParameter(4, text(a.locality()))
                .setParameter(5, a.firmOrganizationId())
                .setParameter(6, a.year())
                .setParameter(7, utc(a.appliedAt()))
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void issued(UUID application, VoucherSnapshot v, Instant issuedAt) {
        entityManager
                .createNativeQuery("""
                        INSERT INTO voucher_issue
                            (voucher_id, application_id, region, firm_organization_id, face_value_fen, issued_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                        ON CONFLICT (voucher_id) DO NOTHING""")
                .setParameter(1, v.id())
                .setParameter(2, application)
                .setParameter(3, v.issuingRegion().code())
                .setParameter(4, v.firmOrganizationId())
                .setParameter(5, v.faceValue().fen())
                .setParameter(6, utc(issuedAt))
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void redeemed(VoucherRedeemed r) {
        redemption(
                r.bookingId(),
                0,
                r.voucherId(),
                r.issuingRegion().code(),
                r.providerRegion().code(),
                r.providerOrganizationId(),
                r.firmOrganizationId(),
                r.instrumentCategory(),
                r.bookingFee(),
                r.redeemed(),
                r.redeemedAt());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void redeemed(VoucherRedeemedForMilestone r) {
        redemption(
                r.orderId(),
                r.milestone(),
                r.voucherId(),
                r.issuingRegion().code(),
                r.providerRegion().code(),
                r.providerOrganizationId(),
                r.firmOrganizationId(),
                r.category(),
                r.milestoneAmount(),
                r.redeemed(),
                r.redeemedAt());
    }

    private void redemption(
            UUID subject,
            int milestone,
            UUID voucher,
            String issuingRegion,
            String providerRegion,
            UUID providerOrganization,
            UUID firm,
            String category,
            Money services,
            Money redeemed,
            Instant at) {
        entityManager
                .createNativeQuery("""
                        INSERT INTO redemption (subject_id, milestone, voucher_id, issuing_region, provider_region,
                                                provider_organization_id, firm_organization_id, category,
                                                services_fen, redeemed_fen, redeemed_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
                        ON CONFLICT (subject_id, milestone) DO NOTHING""")
                .setParameter(1, subject)
                .setParameter(2, milestone)
                .setParameter(3, voucher)
                .setParameter(4, issuingRegion)
                .setParameter(5, providerRegion)
                .setParameter(6, providerOrganization)
                .setParameter(7, firm)
                .setParameter(8, category)
                .setParameter(9, services.fen())
                .setParameter(10, redeemed.fen())
                .setParameter(11, utc(at))
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void cashed(UUID batch, String region, YearMonth month, Money total, Instant paidAt) {
        entityManager
                .createNativeQuery("""
                        INSERT INTO cashing (batch_id, region, month, total_fen, paid_at) VALUES (?1, ?2, ?3, ?4, ?5)
                        ON CONFLICT (batch_id) DO NOTHING""")
                .setParameter(1, batch)
                .setParameter(2, region)
                .setParameter(3, month.toString())
                .setParameter(4, total.fen())
                .setParameter(5, utc(paidAt))
                .executeUpdate();
    }

    /** What happened to a booking at {@code at}: one of the moments the reports measure. */
    public enum Moment {
        REQUESTED("requested_at"),
        DECIDED("decided_at"),
        COMPLETED("completed_at"),
        /** any other move: only the snapshot changes */
        OTHER(null);

        private final String column;

        Moment(String column) {
            this.column = column;
        }
    }

    /**
     * The booking as of {@code b} (when at least as new as what is known), and the first time each {@link Moment}
     * happened to it. A sandbox booking is a partner's test: no indicator, report or assessment counts it, so it is
     * not kept.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void booking(BookingSnapshot b, Moment moment, Instant at) {
        if (b.sandbox()) {
            return;
        }
        entityManager
                .createNativeQuery("""
                        INSERT INTO booking (id, instrument_id, provider_id, provider_organization_id, provider_region,
                                             firm_organization_id, firm_region, mode, tier, starts_at, ends_at,
                                             fee_unit, fee_quantity, fee_fen, status, version)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)
                        ON CONFLICT (id) DO UPDATE SET
                            starts_at = excluded.starts_at, ends_at = excluded.ends_at, tier = excluded.tier,
                            fee_unit = excluded.fee_unit, fee_quantity = excluded.fee_quantity,
                            fee_fen = excluded.fee_fen, status = excluded.status, version = excluded.version
                        WHERE booking.version <= excluded.version""")
                .setParameter(1, b.id())
                .setParameter(2, b.instrumentId())
                .setParameter(3, b.providerId())
                .setParameter(4, b.providerOrganizationId())
                .setParameter(5, b.providerRegion().code())
                .setParameter(6, b.firmOrganizationId())
                .setParameter(7, b.firmRegion().code())
                .setParameter(8, b.mode())
                .setParameter(9, b.tier())
                .setParameter(10, instant(b.start()))
                .setParameter(11, instant(b.end()))
                .setParameter(12, b.fee().unit())
                .setParameter(13, new BigDecimal(b.fee().quantity()))
                .setParameter(14, b.fee().amount().fen())
                .setParameter(15, b.status())
                .setParameter(16, b.version())
                .executeUpdate();
        if (moment.column != null) {
            // the column name comes from the enum above, never from input
            entityManager
                    .createNativeQuery("UPDATE booking SET " + moment.column + " = coalesce(" + moment.column
                            + ", ?2) WHERE id = ?1")
                    .setParameter(1, b.id())
                    .setParameter(2, utc(at))
                    .executeUpdate();
        }
    }

    /** An instant that may be null, bound with its type (an untyped null would reach PostgreSQL as bytea). */
    private static TypedParameterValue<OffsetDateTime> instant(Instant instant) {
        return new TypedParameterValue<>(StandardBasicTypes.OFFSET_DATE_TIME, instant == null ? null : utc(instant));
    }

    /** A number that may be null, bound with its type. */
    private static TypedParameterValue<Long> number(Long value) {
        return new TypedParameterValue<>(StandardBasicTypes.LONG, value);
    }

    /** A text that may be null, bound with its type. */
    private static TypedParameterValue<String> text(String value) {
        return new TypedParameterValue<>(StandardBasicTypes.STRING, value);
    }
}
