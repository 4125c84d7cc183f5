package io.deltashare.innovationvoucher.applying.application;

import io.deltashare.platform.decision.Rejected;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.money.Money;
import io.deltashare.contracts.voucher.VoucherApplicationRejected;
import io.deltashare.platform.time.Clocks;
import io.deltashare.innovationvoucher.Visibility;
import io.deltashare.innovationvoucher.applying.persistence.ApplicationEntity;
import io.deltashare.innovationvoucher.applying.persistence.ApplicationRepository;
import io.deltashare.innovationvoucher.program.application.ProgramService;
import io.deltashare.innovationvoucher.program.domain.ProgramStatus;
import io.deltashare.innovationvoucher.program.persistence.ProgramEntity;
import io.deltashare.innovationvoucher.program.persistence.ProgramRepository;
import io.deltashare.innovationvoucher.voucher.application.Issuance;
import io.deltashare.platform.outbox.Outbox;
import io.deltashare.platform.security.Caller;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Firms apply to their own province's programs; the bureau approves (issuing a voucher) or rejects. Both run with
 * the program's row locked, so parallel applications and approvals see each other: the budget and every firm's
 * yearly cap hold under any concurrency.
 */
@ApplicationScoped
public class ApplicationService {

    private final ApplicationRepository applications;
    private final ProgramRepository programs;
    private final ProgramService programService;
    private final Issuance issuance;
    private final Outbox outbox;
    private final Clock clock;

    ApplicationService(ApplicationRepository applications, ProgramRepository programs, ProgramService programService,
                       Issuance issuance, Outbox outbox, Clock clock) {
        this.applications = applications;
        this.programs = programs;
        this.programService = programService;
        this.issuance = issuance;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public ApplicationView apply(UUID programId, String plannedUse, UUID firmOrganizationId, Caller caller) {
        if (plannedUse == null || plannedUse.isBlank() || plannedUse.length() > 2000) {
            throw Rejected.invalid("plannedUse",
                    "say what the firm plans to test or measure (1 to 2000 characters)");
        }
        Caller.Organization firm = caller.firmActedFor(firmOrganizationId).orElseThrow(() -> Rejected.forbidden(
                caller.isPartner() ? "a partner client applies for a firm linked to it: name one in firmOrganizationId"
                        : "the token must name exactly one firm organization, the one in firmOrganizationId if given"));
        String firmRegion = firm.region().orElseThrow(() -> Rejected.forbidden("the firm has no registered region"));
        ProgramEntity program = programs.findByIdOptional(programId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> Rejected.notFound("program " + programId));
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Clocks.SHANGHAI);
        if (!program.region.equals(firmRegion)) {
            throw Rejected.conflict("wrong-region", "this program of " + program.region + " is for firms registered in "
                    + program.region + "; the firm is registered in " + firmRegion);
        }
        if (ProgramStatus.valueOf(program.status) != ProgramStatus.OPEN) {
            throw Rejected.conflict("program-not-open", "the program is " + program.status + " and takes no applications");
        }
        if (today.isBefore(program.applicationsFrom) || today.isAfter(program.applicationsUntil)) {
            throw Rejected.conflict("outside-application-window", "the program takes applications from "
                    + program.applicationsFrom + " to " + program.applicationsUntil);
        }
        if (program.committedFen + program.faceValueFen > program.totalBudgetFen) {
            throw Rejected.conflict("budget-exhausted", "the program's budget is fully committed");
        }
        int year = today.getYear();
        long asked = applications.count("programId = :program and firmOrganizationId = :firm and year = :year"
                        + " and status in ('SUBMITTED', 'APPROVED')",
                Parameters.with("program", programId).and("firm", firm.id()).and("year", year));
        if ((asked + 1) * program.faceValueFen > program.capPerFirmPerYearFen) {
            throw Rejected.conflict("yearly-cap-reached", "the firm's applications and vouchers for " + year
                    + " already reach the program's cap of " + Money.ofFen(
                    program.capPerFirmPerYearFen).toDecimalString() + " yuan per firm and year");
        }
        ApplicationEntity application = new ApplicationEntity();
        application.id = UUID.randomUUID();
        application.programId = programId;
        application.firmOrganizationId = firm.id();
        application.firmRegion = firmRegion;
        application.applicant = caller.subject();
        application.plannedUse = plannedUse.strip();
        application.year = year;
        application.status = "SUBMITTED";
        application.createdAt = now;
        applications.persist(application);
        return ApplicationView.of(application);
    }

    @Transactional
    public ApplicationView approve(UUID id, Caller caller) {
        ApplicationEntity application = decidable(id, caller);
        ProgramEntity program = programService.ownedBy(application.programId, caller, LockModeType.PESSIMISTIC_WRITE);
        applications.getEntityManager().refresh(application);
        requireSubmitted(application);
        if (program.committedFen + program.faceValueFen > program.totalBudgetFen) {
            throw Rejected.conflict("budget-exhausted", "the program's budget cannot cover another voucher of "
                    + Money.ofFen(program.faceValueFen).toDecimalString() + " yuan");
        }
        long issued = applications.count("programId = :program and firmOrganizationId = :firm and year = :year"
                        + " and status = 'APPROVED'", Parameters.with("program", program.id)
                .and("firm", application.firmOrganizationId).and("year", application.year));
        if ((issued + 1) * program.faceValueFen > program.capPerFirmPerYearFen) {
            throw Rejected.conflict("yearly-cap-reached", "the firm already holds vouchers up to the program's cap for "
                    + application.year);
        }
        Instant now = clock.instant();
        application.voucherId = issuance.issue(program, application, now);
        application.status = "APPROVED";
        application.decidedAt = now;
        application.decidedBy = caller.subject();
        applications.flush();
        return ApplicationView.of(application);
    }

    @Transactional
    public ApplicationView reject(UUID id, String reason, Caller caller) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw Rejected.invalid("reason", "give the firm a reason (1 to 500 characters)");
        }
        ApplicationEntity application = decidable(id, caller);
        requireSubmitted(application);
        application.status = "REJECTED";
        application.reason = reason.strip();
        application.decidedAt = clock.instant();
        application.decidedBy = caller.subject();
        outbox.publish(new VoucherApplicationRejected(application.id, application.programId,
                Region.ofCode(application.firmRegion), application.firmOrganizationId, application.reason));
        return ApplicationView.of(application);
    }

    @Transactional
    public ApplicationView get(UUID id, Caller caller) {
        return ApplicationView.of(visible(id, caller));
    }

    /** The firm's own applications, or a bureau's region's, newest first. */
    @Transactional
    public List<ApplicationView> list(Caller caller, String status, int limit) {
        return Visibility.filter(caller, "firmRegion", "firmOrganizationId")
                .map(filter -> status == null ? filter : filter.and("status = :status", "status", status))
                .map(filter -> applications.find(filter.query(), Sort.descending("createdAt"), filter.parameters())
                        .page(Page.ofSize(limit)).list().stream().map(ApplicationView::of).toList())
                .orElse(List.of());
    }

    private ApplicationEntity decidable(UUID id, Caller caller) {
        ApplicationEntity application = visible(id, caller);
        if (!caller.isAdmin() && !caller.isBureau()) {
            throw Rejected.forbidden("only the bureau decides applications");
        }
        return application;
    }

    /** The application when the caller may see it: its firm, its region's bureau, admin; 404 for anyone else. */
    private ApplicationEntity visible(UUID id, Caller caller) {
        return applications.findByIdOptional(id).filter(a -> Visibility.sees(caller, a.firmRegion, a.firmOrganizationId))
                .orElseThrow(() -> Rejected.notFound("application " + id));
    }

    private static void requireSubmitted(ApplicationEntity application) {
        if (!application.status.equals("SUBMITTED")) {
            throw Rejected.conflict("illegal-transition", "the application is already " + application.status);
        }
    }
}
