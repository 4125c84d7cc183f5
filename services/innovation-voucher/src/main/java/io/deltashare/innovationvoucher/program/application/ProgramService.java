package io.deltashare.innovationvoucher.program.application;

import io.deltashare.platform.decision.Violation;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.money.Money;
import io.deltashare.innovationvoucher.program.domain.ProgramStatus;
import io.deltashare.innovationvoucher.program.domain.ProgramTerms;
import io.deltashare.innovationvoucher.program.persistence.ProgramEntity;
import io.deltashare.innovationvoucher.program.persistence.ProgramRepository;
import io.deltashare.platform.rest.Cursor;
import io.deltashare.platform.rest.Keyset;
import io.deltashare.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/** Bureau officers create programs for their own province and open, suspend and close them. */
@ApplicationScoped
public class ProgramService {

    private final ProgramRepository programs;
    private final Clock clock;

    ProgramService(ProgramRepository programs, Clock clock) {
        this.programs = programs;
        this.clock = clock;
    }

    @Transactional
    public ProgramView create(ProgramRequest request, Caller caller) {
        String officerRegion = bureauRegion(caller);
        List<Violation> errors = new ArrayList<>();
        if (request.name() == null || blank(request.name().zh()) || blank(request.name().en())) {
            errors.add(new Violation("name", "needs zh and en"));
        }
        Region region = officerRegion == null ? null : Region.ofCode(officerRegion);
        if (request.region() != null) {
            region = parseRegion("region", request.region(), errors);
        } else if (region == null) {
            errors.add(new Violation("region", "is required: CN-SH, CN-JS, CN-ZJ or CN-AH"));
        }
        Set<Region> accepted = new TreeSet<>();
        if (request.acceptedProviderRegions() != null) {
            for (String code : request.acceptedProviderRegions()) {
                Region parsed = parseRegion("acceptedProviderRegions", code, errors);
                if (parsed != null) {
                    accepted.add(parsed);
                }
            }
        }
        ProgramRequest.DateWindow applications = request.applicationWindow();
        ProgramRequest.DateWindow validity = request.voucherValidity();
        ProgramTerms terms = new ProgramTerms(fen(request.totalBudget()), fen(request.capPerFirmPerYear()),
                fen(request.faceValue()), request.coverageRatio(), request.eligibleCategories(),
                request.acceptedProviderRegions() == null ? null : accepted,
                applications == null ? null : applications.from(), applications == null ? null : applications.until(),
                validity == null ? null : validity.from(), validity == null ? null : validity.until());
        terms.violations().forEach(v -> errors.add(new Violation(v.field(), v.reason())));
        if (!errors.isEmpty()) {
            throw Rejected.invalid(errors);
        }
        if (!caller.isAdmin() && !region.code().equals(officerRegion)) {
            throw Rejected.forbidden("a bureau runs programs for its own region (" + officerRegion + ") only");
        }
        ProgramEntity program = new ProgramEntity();
        program.id = UUID.randomUUID();
        program.region = region.code();
        program.nameZh = request.name().zh().strip();
        program.nameEn = request.name().en().strip();
        program.totalBudgetFen = terms.totalBudgetFen();
        program.capPerFirmPerYearFen = terms.capPerFirmPerYearFen();
        program.faceValueFen = terms.faceValueFen();
        program.coverageRatio = terms.coverageRatio();
        program.eligibleCategories = String.join(",", new TreeSet<>(terms.eligibleCategories()));
        program.acceptedRegions = accepted.stream().map(Region::code).collect(Collectors.joining(","));
        program.applicationsFrom = applications.from();
        program.applicationsUntil = applications.until();
        program.validFrom = validity.from();
        program.validUntil = validity.until();
        program.status = ProgramStatus.DRAFT.name();
        program.createdBy = caller.subject();
        program.createdAt = clock.instant();
        programs.persist(program);
        programs.flush();
        return ProgramView.of(program);
    }

    @Transactional
    public ProgramView move(UUID id, ProgramStatus target, Caller caller) {
        ProgramEntity program = ownedBy(id, caller, LockModeType.PESSIMISTIC_WRITE);
        ProgramStatus current = ProgramStatus.valueOf(program.status);
        if (!current.canBecome(target)) {
            throw Rejected.conflict("illegal-transition", "a program that is " + current + " cannot become " + target);
        }
        program.status = target.name();
        programs.flush();
        return ProgramView.of(program);
    }

    @Transactional
    public ProgramView get(UUID id) {
        return ProgramView.of(programs.findByIdOptional(id).orElseThrow(() -> Rejected.notFound("program " + id)));
    }

    /** Programs anyone signed in may browse (firms choose what to apply to), newest first. */
    @Transactional
    public List<ProgramView> list(Region region, ProgramStatus status, Cursor after, int limit) {
        Map<String, Object> filter = new LinkedHashMap<>();
        if (region != null) {
            filter.put("region", region.code());
        }
        if (status != null) {
            filter.put("status", status.name());
        }
        StringBuilder query = new StringBuilder("1 = 1");
        filter.keySet().forEach(k -> query.append(" and ").append(k).append(" = :").append(k));
        Keyset.after(after, "createdAt", query, filter);
        return programs.find(query + Keyset.newestFirst("createdAt"), filter).page(0, limit).list().stream()
                .map(ProgramView::of).toList();
    }

    /** The program, when the caller is an officer of its bureau (or admin); 404 for anyone else's. */
    public ProgramEntity ownedBy(UUID id, Caller caller, LockModeType lock) {
        ProgramEntity program = programs.findByIdOptional(id, lock).orElseThrow(() -> Rejected.notFound("program " + id));
        if (!caller.isAdmin() && !program.region.equals(bureauRegion(caller))) {
            throw Rejected.forbidden("only the bureau of " + program.region + " manages this program");
        }
        return program;
    }

    /** The province of a bureau officer, or null for anyone else. */
    public static String bureauRegion(Caller caller) {
        return caller.isBureau() ? caller.region().orElse(null) : null;
    }

    private static Region parseRegion(String field, String code, List<Violation> errors) {
        try {
            return Region.ofCode(code);
        } catch (IllegalArgumentException e) {
            errors.add(new Violation(field, e.getMessage()));
            return null;
        }
    }

    private static Long fen(Money money) {
        return money == null ? null : money.fen();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
