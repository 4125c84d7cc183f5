package io.deltashare.innovationvoucher.applying.domain;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.innovationvoucher.program.domain.VoucherProgram;
import io.deltashare.platform.decision.Decision;
import io.deltashare.platform.decision.Rejection;
import io.deltashare.platform.time.Clocks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A firm's application to a voucher program, which its province's bureau approves (a voucher is issued) or rejects
 * with a reason. Decided once: a decided application does not move again.
 */
public record VoucherApplication(
        UUID id,
        UUID programId,
        UUID firmOrganizationId,
        Region firmRegion,
        String applicant,
        String plannedUse,
        int year,
        ApplicationStatus status,
        String reason,
        UUID voucherId,
        Instant createdAt,
        Instant decidedAt,
        String decidedBy) {

    public static final int LONGEST_PLANNED_USE = 2000;
    public static final int LONGEST_REASON = 500;

    /**
     * A firm of {@code firmRegion} applies at {@code now}, with {@code pendingOrIssued} applications to the program
     * this year that are submitted or approved, and the year of its SME registration ({@code smeYear}, null when
     * none is known); the program decides whether it takes the application.
     */
    public static Decision<VoucherApplication> submit(
            UUID id,
            VoucherProgram program,
            UUID firm,
            Region firmRegion,
            Integer smeYear,
            String applicant,
            String plannedUse,
            Instant now,
            long pendingOrIssued) {
        if (plannedUse == null || plannedUse.isBlank() || plannedUse.length() > LONGEST_PLANNED_USE) {
            return Decision.reject(Rejection.invalid(
                    "plannedUse", "say what the firm plans to test or measure (1 to 2000 characters)"));
        }
        LocalDate today = LocalDate.ofInstant(now, Clocks.SHANGHAI);
        return program.admitsApplication(firmRegion, today, pendingOrIssued)
                .then(open -> open.admitsSme(smeYear != null && SmeRegistration.counts(smeYear, today), today))
                .map(admitted -> new VoucherApplication(
                        id,
                        program.id(),
                        firm,
                        firmRegion,
                        applicant,
                        plannedUse.strip(),
                        today.getYear(),
                        ApplicationStatus.SUBMITTED,
                        null,
                        null,
                        now,
                        null,
                        null));
    }

    /** The bureau approves: {@code voucherId} is the voucher issued for it. */
    public Decision<VoucherApplication> approve(UUID voucherId, String by, Instant now) {
        return undecided()
                .map(a -> new VoucherApplication(
                        id,
                        programId,
                        firmOrganizationId,
                        firmRegion,
                        applicant,
                        plannedUse,
                        year,
                        ApplicationStatus.APPROVED,
                        null,
                        voucherId,
                        createdAt,
                        now,
                        by));
    }

    /** Whether the bureau may approve it now: only while it waits for a decision. */
    public Decision<VoucherApplication> undecided() {
        return status == ApplicationStatus.SUBMITTED
                ? Decision.accept(this)
                : Decision.reject(Rejection.conflict("illegal-transition", "the application is already " + status));
    }

    /** The bureau rejects, telling the firm why. */
    public Decision<VoucherApplication> reject(String why, String by, Instant now) {
        if (why == null || why.isBlank() || why.length() > LONGEST_REASON) {
            return Decision.reject(Rejection.invalid("reason", "give the firm a reason (1 to 500 characters)"));
        }
        return undecided()
                .map(a -> new VoucherApplication(
                        id,
                        programId,
                        firmOrganizationId,
                        firmRegion,
                        applicant,
                        plannedUse,
                        year,
                        ApplicationStatus.REJECTED,
                        why.strip(),
                        null,
                        createdAt,
                        now,
                        by));
    }
}
