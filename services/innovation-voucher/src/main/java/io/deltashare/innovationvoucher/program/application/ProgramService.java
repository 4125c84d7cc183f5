package io.deltashare.innovationvoucher.program.application;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.innovationvoucher.IssuingRegions;
import io.deltashare.innovationvoucher.Visibility;
import io.deltashare.innovationvoucher.program.domain.ProgramStatus;
import io.deltashare.innovationvoucher.program.domain.ProgramTerms;
import io.deltashare.innovationvoucher.program.domain.VoucherProgram;
import io.deltashare.innovationvoucher.program.persistence.ProgramRepository;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.decision.Violation;
import io.deltashare.platform.rest.Cursor;
import io.deltashare.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Bureau officers create programs for their own province, or a pilot locality's officers for their locality, and
 * open, suspend and close them; a program is managed by the bureau that runs it.
 */
@ApplicationScoped
public class ProgramService {

    private final ProgramRepository programs;
    private final IssuingRegions issuing;
    private final Clock clock;

    ProgramService(ProgramRepository programs, IssuingRegions issuing, Clock clock) {
        this.programs = programs;
        this.issuing = issuing;
        this.clock = clock;
    }

    @Transactional
    public ProgramView create(ProgramRequest request, Caller caller) {
        String officerRegion = Visibility.bureauRegion(caller);
        List<Violation> errors = new ArrayList<>();
        Region region = officerRegion == null ? null : Region.ofCode(officerRegion);
        if (request.region() != null) {
            region = parseRegion("region", request.region(), errors);
        } else if (region == null) {
            errors.add(new Violation("region", "is required: one of the issuing regions " + issuing.text()));
        }
        if (region != null && !issuing.issues(region)) {
            errors.add(new Violation(
                    "region",
                    region.code() + " does not issue vouchers on DeltaShare; issuing regions: " + issuing.text()));
        }
        Set<Region> accepted = new TreeSet<>();
        if (request.acceptedProviderRegions() != null) {
            request.acceptedProviderRegions().forEach(code -> {
                Region parsed = parseRegion("acceptedProviderRegions", code, errors);
                if (parsed != null) {
                    accepted.add(parsed);
                }
            });
        }
        ProgramTerms terms = request.terms(request.acceptedProviderRegions() == null ? null : accepted);
        errors.addAll(VoucherProgram.violations(request.localizedName(), terms));
        String locality = request.locality() != null
                ? request.locality()
                : caller.locality().filter(own -> caller.isBureau()).orElse(null);
        if (region != null && locality != null && !issuing.hasLocality(region, locality)) {
            errors.add(new Violation(
                    "locality",
                    locality + " is not a pilot locality of " + region.code() + "; its pilot localities: "
                            + issuing.localitiesOf(region)));
        }
        if (!errors.isEmpty()) {
            throw Rejected.invalid(errors);
        }
        if (!caller.isAdmin() && !caller.isIssuer(region.code(), locality)) {
            throw Rejected.forbidden("a bureau runs programs for its own region (" + officerRegion + ")"
                    + caller.locality()
                            .map(own -> " and locality (" + own + ")")
                            .orElse("") + " only");
        }
        VoucherProgram program = VoucherProgram.draft(
                        UUID.randomUUID(), region, request.localizedName(), terms, caller.subject(), clock.instant())
                .orElseThrow()
                .issuedBy(locality);
        return ProgramView.of(programs.add(program));
    }

    @Transactional
    public ProgramView move(UUID id, ProgramStatus target, Caller caller) {
        VoucherProgram program = ownedBy(id, caller);
        return ProgramView.of(programs.save(program.moveTo(target).orElseThrow()));
    }

    /** A program; to a caller without a token only while it is OPEN. */
    @Transactional
    public ProgramView get(UUID id, Caller caller) {
        return ProgramView.of(programs.find(id)
                .filter(program -> !caller.isAnonymous() || program.status() == ProgramStatus.OPEN)
                .orElseThrow(() -> Rejected.notFound("program " + id)));
    }

    /**
     * Programs anyone signed in may browse (firms choose what to apply to), newest first; a caller without a token
     * sees the OPEN ones only, whatever status it asks for.
     */
    @Transactional
    public List<ProgramView> list(Region region, ProgramStatus status, Cursor after, int limit, Caller caller) {
        ProgramStatus shown = caller.isAnonymous() ? ProgramStatus.OPEN : status;
        if (caller.isAnonymous() && status != null && status != ProgramStatus.OPEN) {
            return List.of();
        }
        return programs.list(region, shown, after, limit).stream()
                .map(ProgramView::of)
                .toList();
    }

    /**
     * The program, locked for the rest of the transaction, when the caller is an officer of its bureau (or admin);
     * 404 when there is none, 403 for another bureau's.
     */
    public VoucherProgram ownedBy(UUID id, Caller caller) {
        VoucherProgram program = programs.lockedForUpdate(id).orElseThrow(() -> Rejected.notFound("program " + id));
        if (!caller.isAdmin() && !caller.isIssuer(program.region().code(), program.locality())) {
            throw Rejected.forbidden("only the bureau of " + program.region().code()
                    + (program.locality() == null ? "" : " " + program.locality()) + " manages this program");
        }
        return program;
    }

    private static Region parseRegion(String field, String code, List<Violation> errors) {
        try {
            return Region.ofCode(code);
        } catch (IllegalArgumentException e) {
            errors.add(new Violation(field, e.getMessage()));
            return null;
        }
    }
}
