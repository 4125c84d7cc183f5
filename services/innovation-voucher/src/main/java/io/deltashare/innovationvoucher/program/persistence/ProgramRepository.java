package io.deltashare.innovationvoucher.program.persistence;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.innovationvoucher.program.domain.ProgramStatus;
import io.deltashare.innovationvoucher.program.domain.VoucherProgram;
import io.deltashare.platform.persistence.Where;
import io.deltashare.platform.rest.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Voucher programs, loaded and saved as {@link VoucherProgram}s. */
@ApplicationScoped
public class ProgramRepository implements PanacheRepositoryBase<ProgramEntity, UUID> {

    public Optional<VoucherProgram> find(UUID id) {
        return findByIdOptional(id).map(ProgramRows::toProgram);
    }

    /**
     * The program, its row locked until the transaction ends: applications, approvals and expiries of one program
     * happen one after the other, so its budget and the firms' caps hold under any concurrency.
     */
    public Optional<VoucherProgram> lockedForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(ProgramRows::toProgram);
    }

    /**
     * The pilot locality whose bureau runs program {@code id}; empty for the province's bureau or no program. Read as
     * a value, so that the program is not in the session when a later step locks it ({@link #lockedForUpdate}).
     */
    public Optional<String> localityOf(UUID id) {
        return getEntityManager()
                .createQuery("select p.locality from ProgramEntity p where p.id = :id", String.class)
                .setParameter("id", id)
                .getResultStream()
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    /** Stores a new program; returns it with its stored version. */
    public VoucherProgram add(VoucherProgram program) {
        ProgramEntity row = ProgramRows.newRow(program);
        persist(row);
        flush();
        return ProgramRows.toProgram(row);
    }

    /** Stores a decision about a program loaded in this transaction; returns it with its new version. */
    public VoucherProgram save(VoucherProgram program) {
        ProgramEntity row = findById(program.id());
        ProgramRows.update(row, program);
        flush();
        return ProgramRows.toProgram(row);
    }

    /** Programs of {@code region} and {@code status} (each when given), newest first, after {@code after}. */
    public List<VoucherProgram> list(Region region, ProgramStatus status, Cursor after, int limit) {
        return Where.all()
                .and("region = :region", "region", region == null ? null : region.code())
                .and("status = :status", "status", status == null ? null : status.name())
                .newestFirst(this, "createdAt", after, limit)
                .stream()
                .map(ProgramRows::toProgram)
                .toList();
    }
}
