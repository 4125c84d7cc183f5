package io.deltashare.booking.instrument.persistence;

import io.deltashare.booking.instrument.domain.CatalogSnapshots;
import io.deltashare.booking.reservation.domain.BookableInstrument;
import io.deltashare.booking.reservation.domain.BookingMode;
import io.deltashare.booking.reservation.domain.BookingTerms;
import io.deltashare.contracts.catalog.InstrumentSnapshot;
import io.deltashare.contracts.catalog.OpeningHours;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.platform.inbox.EventRefusedException;
import io.deltashare.platform.persistence.Where;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** The instrument read model: kept at the newest catalog version seen, whatever order snapshots arrive in. */
@ApplicationScoped
public class InstrumentViews implements PanacheRepositoryBase<InstrumentView, UUID> {

    private final DataSource dataSource;

    InstrumentViews(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The instrument as stored now, read with one plain query and no Hibernate session, for the booking path, where
     * loading the entity through Hibernate was a tenth of the service's CPU per booking. The result is a detached
     * copy; inside a transaction, use {@link #findByIdOptional} as usual.
     */
    public Optional<InstrumentView> read(UUID id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                     SELECT provider_id, provider_organization_id, provider_region, category, name_zh, name_en,
                            booking_mode, academic_price_fen, enterprise_price_fen, voucher_eligible, opening_hours,
                            min_duration_minutes, max_duration_minutes, lead_time_hours, approval_required, status,
                            catalog_version
                     FROM instrument WHERE id = ?""")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                InstrumentView view = new InstrumentView();
                view.id = id;
                view.providerId = row.getObject(1, UUID.class);
                view.providerOrganizationId = row.getObject(2, UUID.class);
                view.providerRegion = row.getString(3);
                view.category = row.getString(4);
                view.nameZh = row.getString(5);
                view.nameEn = row.getString(6);
                view.bookingMode = row.getString(7);
                view.academicPriceFen = row.getLong(8);
                view.enterprisePriceFen = row.getLong(9);
                view.voucherEligible = row.getBoolean(10);
                view.openingHours = row.getString(11);
                view.minDurationMinutes = row.getInt(12);
                view.maxDurationMinutes = row.getInt(13);
                view.leadTimeHours = row.getInt(14);
                view.approvalRequired = row.getBoolean(15);
                view.status = row.getString(16);
                view.catalogVersion = row.getLong(17);
                return Optional.of(view);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("instrument " + id + " could not be read", e);
        }
    }

    /** The instruments of {@code ids} that are known here, by id. */
    public java.util.Map<UUID, InstrumentView> byIds(java.util.Collection<UUID> ids) {
        return list("id in ?1", ids).stream().collect(java.util.stream.Collectors.toMap(i -> i.id, i -> i));
    }

    /**
     * Up to {@code limit} active slot instruments, in id order after {@code after}, that take bookings of
     * {@code minutes}, of {@code category} and in {@code region} when they are given.
     */
    public java.util.List<InstrumentView> slotInstruments(
            String category, Region region, int minutes, UUID after, int limit) {
        return Where.where(
                        "status = 'ACTIVE' and bookingMode = 'SLOT' and minDurationMinutes <= :minutes"
                                + " and maxDurationMinutes >= :minutes",
                        "minutes",
                        minutes)
                .and("category = :category", "category", category)
                .and("providerRegion = :region", "region", region == null ? null : region.code())
                .byId(this, after, limit);
    }

    /** The instrument as the booking rules need it, read as {@link #read} does. */
    public Optional<BookableInstrument> bookable(UUID id) {
        return read(id).map(view -> new BookableInstrument(
                view.id,
                view.category,
                view.providerId,
                view.providerOrganizationId,
                Region.ofCode(view.providerRegion),
                view.status,
                new BookingTerms(
                        BookingMode.valueOf(view.bookingMode),
                        OpeningHours.parse(view.openingHours),
                        view.minDurationMinutes,
                        view.maxDurationMinutes,
                        view.leadTimeHours),
                view.academicPriceFen,
                view.enterprisePriceFen,
                view.voucherEligible,
                view.approvalRequired));
    }

    /**
     * Stores {@code snapshot} unless a newer version of the instrument is already here.
     *
     * @throws EventRefusedException when the snapshot cannot be true ({@link CatalogSnapshots})
     */
    public void apply(InstrumentSnapshot snapshot) {
        Optional<InstrumentView> held = findByIdOptional(snapshot.id());
        CatalogSnapshots.refusal(
                        snapshot.id(),
                        held.map(view -> view.providerId),
                        held.map(view -> view.catalogVersion).orElse(0L),
                        snapshot.providerId(),
                        snapshot.version())
                .ifPresent(reason -> {
                    throw new EventRefusedException(reason);
                });
        getEntityManager()
                .createNativeQuery("""
                        INSERT INTO instrument (id, provider_id, provider_organization_id, provider_region, category, name_zh,
                                                name_en, booking_mode, academic_price_fen, enterprise_price_fen,
                                                voucher_eligible, opening_hours, min_duration_minutes,
                                                max_duration_minutes, lead_time_hours, approval_required, status,
                                                catalog_version)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)
                        ON CONFLICT (id) DO UPDATE SET
                            provider_id = EXCLUDED.provider_id, provider_organization_id = EXCLUDED.provider_organization_id,
                            provider_region = EXCLUDED.provider_region, category = EXCLUDED.category,
                            name_zh = EXCLUDED.name_zh, name_en = EXCLUDED.name_en, booking_mode = EXCLUDED.booking_mode,
                            academic_price_fen = EXCLUDED.academic_price_fen,
                            enterprise_price_fen = EXCLUDED.enterprise_price_fen,
                            voucher_eligible = EXCLUDED.voucher_eligible, opening_hours = EXCLUDED.opening_hours,
                            min_duration_minutes = EXCLUDED.min_duration_minutes,
                            max_duration_minutes = EXCLUDED.max_duration_minutes,
                            lead_time_hours = EXCLUDED.lead_time_hours, approval_required = EXCLUDED.approval_required,
                            status = EXCLUDED.status, catalog_version = EXCLUDED.catalog_version
                        WHERE instrument.catalog_version < EXCLUDED.catalog_version""")
                .setParameter(1, snapshot.id())
                .setParameter(2, snapshot.providerId())
                .setParameter(3, snapshot.providerOrganizationId())
                .setParameter(4, snapshot.providerRegion().code())
                .setParameter(5, snapshot.category())
                .setParameter(6, snapshot.name().zh())
                .setParameter(7, snapshot.name().en())
                .setParameter(8, snapshot.bookingMode())
                .setParameter(9, snapshot.academicPrice().fen())
                .setParameter(10, snapshot.enterprisePrice().fen())
                .setParameter(11, snapshot.voucherEligible())
                .setParameter(12, OpeningHours.of(snapshot.openingHours()).text())
                .setParameter(13, snapshot.minDurationMinutes())
                .setParameter(14, snapshot.maxDurationMinutes())
                .setParameter(15, snapshot.leadTimeHours())
                .setParameter(16, snapshot.approvalRequired())
                .setParameter(17, snapshot.status())
                .setParameter(18, snapshot.version())
                .executeUpdate();
    }
}
