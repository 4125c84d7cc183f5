package io.deltashare.innovationvoucher.applying.persistence;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.innovationvoucher.applying.domain.ApplicationStatus;
import io.deltashare.innovationvoucher.applying.domain.VoucherApplication;
import io.deltashare.platform.persistence.Where;
import io.deltashare.platform.rest.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Applications, loaded and saved as {@link VoucherApplication}s. */
@ApplicationScoped
public class ApplicationRepository implements PanacheRepositoryBase<ApplicationEntity, UUID> {

    public Optional<VoucherApplication> find(UUID id) {
        return findByIdOptional(id).map(ApplicationRepository::toApplication);
    }

    /** The application as committed now: another transaction may have decided it while this one waited for a lock. */
    public Optional<VoucherApplication> findFresh(UUID id) {
        return findByIdOptional(id).map(row -> {
            getEntityManager().refresh(row);
            return toApplication(row);
        });
    }

    public void add(VoucherApplication application) {
        ApplicationEntity row = new ApplicationEntity();
        row.id = application.id();
        row.programId = application.programId();
        row.firmOrganizationId = application.firmOrganizationId();
        row.firmRegion = application.firmRegion().code();
        row.applicant = application.applicant();
        row.plannedUse = application.plannedUse();
        row.year = application.year();
        row.createdAt = application.createdAt();
        update(row, application);
        persist(row);
    }

    /** Stores the decision on an application loaded in this transaction. */
    public void save(VoucherApplication application) {
        update(findById(application.id()), application);
        flush();
    }

    /** How many of the firm's applications to the program in {@code year} are in {@code statuses}. */
    public long countOfFirm(UUID program, UUID firm, int year, Collection<ApplicationStatus> statuses) {
        return count(
                "programId = :program and firmOrganizationId = :firm and year = :year and status in :statuses",
                Parameters.with("program", program)
                        .and("firm", firm)
                        .and("year", year)
                        .and("statuses", statuses.stream().map(Enum::name).toList()));
    }

    /** Applications matching {@code visible} and {@code status} (when given), newest first, after {@code after}. */
    public List<VoucherApplication> list(Where visible, ApplicationStatus status, Cursor after, int limit) {
        return visible
                .and("status = :status", "status", status == null ? null : status.name())
                .newestFirst(this, "createdAt", after, limit)
                .stream()
                .map(ApplicationRepository::toApplication)
                .toList();
    }

    private static void update(ApplicationEntity row, VoucherApplication application) {
        row.status = application.status().name();
        row.reason = application.reason();
        row.voucherId = application.voucherId();
        row.decidedAt = application.decidedAt();
        row.decidedBy = application.decidedBy();
    }

    private static VoucherApplication toApplication(ApplicationEntity row) {
        return new VoucherApplication(
                row.id,
                row.programId,
                row.firmOrganizationId,
                Region.ofCode(row.firmRegion),
                row.applicant,
                row.plannedUse,
                row.year,
                ApplicationStatus.valueOf(row.status),
                row.reason,
                row.voucherId,
                row.createdAt,
                row.decidedAt,
                row.decidedBy);
    }
}
