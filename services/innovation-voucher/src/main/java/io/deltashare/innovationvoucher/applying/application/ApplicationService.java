package io.deltashare.innovationvoucher.applying.application;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.voucher.VoucherApplicationRejected;
import io.deltashare.contracts.voucher.VoucherApplied;
import io.deltashare.innovationvoucher.Visibility;
import io.deltashare.innovationvoucher.applying.domain.ApplicationStatus;
import io.deltashare.innovationvoucher.applying.domain.VoucherApplication;
import io.deltashare.innovationvoucher.applying.persistence.ApplicationRepository;
import io.deltashare.innovationvoucher.program.application.ProgramService;
import io.deltashare.innovationvoucher.program.domain.VoucherProgram;
import io.deltashare.innovationvoucher.program.persistence.ProgramRepository;
import io.deltashare.innovationvoucher.voucher.application.Issuance;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.outbox.Outbox;
import io.deltashare.platform.rest.Cursor;
import io.deltashare.platform.security.Caller;
import io.deltashare.platform.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * Firms apply to their own province's programs; the bureau approves (issuing a voucher) or rejects. The
 * {@link VoucherProgram} and the {@link VoucherApplication} decide; both moves run with the program's row locked, so
 * parallel applications and approvals see each other: the budget and every firm's yearly cap hold under any
 * concurrency.
 */
@ApplicationScoped
public class ApplicationService {

    private final ApplicationRepository applications;
    private final ProgramRepository programs;
    private final ProgramService programService;
    private final Issuance issuance;
    private final Outbox outbox;
    private final Clock clock;
    private final FirmRegistrations registrations;

    ApplicationService(
            ApplicationRepository applications,
            ProgramRepository programs,
            ProgramService programService,
            Issuance issuance,
            Outbox outbox,
            Clock clock,
            FirmRegistrations registrations) {
        this.applications = applications;
        this.programs = programs;
        this.programService = programService;
        this.issuance = issuance;
        this.outbox = outbox;
        this.clock = clock;
        this.registrations = registrations;
    }

    @Transactional
    public ApplicationView apply(UUID programId, String plannedUse, UUID firmOrganizationId, Caller caller) {
        Caller.Organization firm = caller.firmActedFor(firmOrganizationId)
                .orElseThrow(
                        () -> Rejected.forbidden(
                                caller.isPartner()
                                        ? "a partner client applies for a firm linked to it: name one in firmOrganizationId"
                                        : "the token must name exactly one firm organization, the one in firmOrganizationId if given"));
        Region firmRegion =
                Region.ofCode(firm.region().orElseThrow(() -> Rejected.forbidden("the firm has no registered region")));
        VoucherProgram program =
                programs.lockedForUpdate(programId).orElseThrow(() -> Rejected.notFound("program " + programId));
        Instant now = clock.instant();
        long pendingOrIssued = applications.countOfFirm(
                programId,
                firm.id(),
                LocalDate.ofInstant(now, Clocks.SHANGHAI).getYear(),
                EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.APPROVED));
        VoucherApplication application = VoucherApplication.submit(
                        UUID.randomUUID(),
                        program,
                        firm.id(),
                        firmRegion,
                        registrations.smeYear(firm.id(), firmRegion).orElse(null),
                        caller.subject(),
                        plannedUse,
                        now,
                        pendingOrIssued)
                .orElseThrow();
        applications.add(application);
        outbox.publish(new VoucherApplied(
                application.id(),
                program.id(),
                program.region(),
                program.locality(),
                application.firmOrganizationId(),
                application.year(),
                now));
        return ApplicationView.of(application);
    }

    @Transactional
    public ApplicationView approve(UUID id, Caller caller) {
        VoucherApplication decidable = decidable(id, caller);
        VoucherProgram program = programService.ownedBy(decidable.programId(), caller);
        // read again under the program's lock: a parallel approval of the same application has committed by now
        VoucherApplication application =
                applications.findFresh(id).orElseThrow().undecided().orElseThrow();
        long issued = applications.countOfFirm(
                program.id(),
                application.firmOrganizationId(),
                application.year(),
                EnumSet.of(ApplicationStatus.APPROVED));
        VoucherProgram committed =
                programs.save(program.commitVoucher(application.year(), issued).orElseThrow());
        Instant now = clock.instant();
        UUID voucher = issuance.issue(committed, application.id(), application.firmOrganizationId(), now);
        VoucherApplication approved =
                application.approve(voucher, caller.subject(), now).orElseThrow();
        applications.save(approved);
        return ApplicationView.of(approved);
    }

    @Transactional
    public ApplicationView reject(UUID id, String reason, Caller caller) {
        VoucherApplication application = decidable(id, caller);
        programService.ownedBy(application.programId(), caller);
        VoucherApplication rejected = applications
                .findFresh(id)
                .orElseThrow()
                .reject(reason, caller.subject(), clock.instant())
                .orElseThrow();
        applications.save(rejected);
        outbox.publish(new VoucherApplicationRejected(
                rejected.id(),
                rejected.programId(),
                rejected.firmRegion(),
                rejected.firmOrganizationId(),
                rejected.reason()));
        return ApplicationView.of(rejected);
    }

    @Transactional
    public ApplicationView get(UUID id, Caller caller) {
        return ApplicationView.of(visible(id, caller));
    }

    /** The firm's own applications, or a bureau's region's, newest first. */
    @Transactional
    public List<ApplicationView> list(Caller caller, ApplicationStatus status, Cursor after, int limit) {
        return Visibility.rows(caller, "firmRegion", "firmOrganizationId", "programId")
                .map(visible -> applications.list(visible, status, after, limit).stream()
                        .map(ApplicationView::of)
                        .toList())
                .orElse(List.of());
    }

    /**
     * The application when the caller may decide it: the bureau that runs its program (checked with the program
     * locked, by {@link ProgramService#ownedBy}), or the admin.
     */
    private VoucherApplication decidable(UUID id, Caller caller) {
        VoucherApplication application = visible(id, caller);
        if (!caller.isAdmin() && !caller.isBureau()) {
            throw Rejected.forbidden("only the bureau decides applications");
        }
        return application;
    }

    /** The application when the caller may see it: its firm, its region's bureau, admin; 404 for anyone else. */
    private VoucherApplication visible(UUID id, Caller caller) {
        return applications
                .find(id)
                .filter(a -> Visibility.sees(
                        caller,
                        a.firmRegion(),
                        programs.localityOf(a.programId()).orElse(null),
                        a.firmOrganizationId()))
                .orElseThrow(() -> Rejected.notFound("application " + id));
    }
}
