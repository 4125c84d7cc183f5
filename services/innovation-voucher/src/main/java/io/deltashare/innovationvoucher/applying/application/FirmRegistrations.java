package io.deltashare.innovationvoucher.applying.application;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.membership.OrganizationSnapshot;
import io.deltashare.innovationvoucher.Visibility;
import io.deltashare.innovationvoucher.applying.application.SmeRegistrationView.Source;
import io.deltashare.innovationvoucher.applying.domain.SmeRegistration;
import io.deltashare.innovationvoucher.applying.persistence.AdmittedFirmEntity;
import io.deltashare.innovationvoucher.applying.persistence.AdmittedFirms;
import io.deltashare.innovationvoucher.applying.persistence.VerifiedSmeEntity;
import io.deltashare.innovationvoucher.applying.persistence.VerifiedSmes;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.rest.Cursor;
import io.deltashare.platform.security.Caller;
import io.deltashare.platform.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The firms' SME registrations (科技型中小企业) that programs for SMEs ask for, from two sources: membership's
 * admissions (the registration a firm joined with, reviewed there) and the bureaus, which verify a registration for a
 * firm of their region (a firm that never went through joining, or a new year's registration). A bureau's verification
 * counts for firms of its own region only.
 */
@ApplicationScoped
public class FirmRegistrations {

    private final AdmittedFirms admitted;
    private final VerifiedSmes verified;
    private final Clock clock;

    FirmRegistrations(AdmittedFirms admitted, VerifiedSmes verified, Clock clock) {
        this.admitted = admitted;
        this.verified = verified;
        this.clock = clock;
    }

    /** Keeps a firm membership admitted (firms only; providers and research groups hold no vouchers). */
    @Transactional
    public void admitted(OrganizationSnapshot organization, Instant at) {
        if ("firm".equals(organization.kind())) {
            admitted.admitted(organization, at);
        }
    }

    /**
     * The bureau of the caller's region verifies the registration of {@code firm}, a firm of that region; a
     * verification replaces the bureau's earlier one.
     */
    @Transactional
    public SmeRegistrationView verify(UUID firm, String number, Integer year, Caller caller) {
        String region = bureauRegion(caller);
        Instant now = clock.instant();
        SmeRegistration registration = SmeRegistration.stated(number, year, LocalDate.ofInstant(now, Clocks.SHANGHAI))
                .orElseThrow();
        admitted.findByIdOptional(firm)
                .filter(row -> !row.region.equals(region))
                .ifPresent(row -> {
                    throw Rejected.forbidden("the firm joined DeltaShare in " + row.region
                            + "; that region's bureau verifies its registration");
                });
        return view(verified.verify(firm, region, registration.number(), registration.year(), caller.subject(), now));
    }

    /** The bureau withdraws its verification (the registration was revoked, or verified in error). */
    @Transactional
    public void withdraw(UUID firm, Caller caller) {
        verified.delete(verified.of(firm, bureauRegion(caller))
                .orElseThrow(() -> Rejected.notFound("SME registration of " + firm + " verified by your bureau")));
    }

    /**
     * The registration that counts for {@code firm}, when the caller may see it: the firm (or a partner it is linked
     * to) and its region's bureau see the one of that region; the admin sees the latest of any.
     */
    @Transactional
    public SmeRegistrationView of(UUID firm, Caller caller) {
        Optional<String> region = caller.isAdmin()
                ? Optional.empty()
                : Optional.ofNullable(Visibility.bureauRegion(caller))
                        .or(() -> caller.firmActedFor(firm).flatMap(Caller.Organization::region));
        if (!caller.isAdmin() && region.isEmpty()) {
            throw Rejected.notFound("SME registration of " + firm);
        }
        return latest(registrations(firm)
                        .filter(view -> region.map(view.region()::equals).orElse(true)))
                .orElseThrow(() -> Rejected.notFound("SME registration of " + firm));
    }

    /** The registrations the caller's bureau verified, latest first. */
    @Transactional
    public List<SmeRegistrationView> verifiedBy(Caller caller, Cursor after, int limit) {
        return verified.ofRegion(bureauRegion(caller), after, limit).stream()
                .map(this::view)
                .toList();
    }

    /**
     * The year of the registration that counts for {@code firm} of {@code region}: the latest of its bureau's
     * verification and the one it joined with; empty when neither is known.
     */
    public Optional<Integer> smeYear(UUID firm, Region region) {
        return latest(registrations(firm).filter(view -> view.region().equals(region.code())))
                .map(SmeRegistrationView::year);
    }

    private Stream<SmeRegistrationView> registrations(UUID firm) {
        Stream<SmeRegistrationView> onJoining = admitted
                .findByIdOptional(firm)
                .filter(row -> row.smeNumber != null && row.smeYear != null)
                .map(this::view)
                .stream();
        return Stream.concat(verified.of(firm).stream().map(this::view), onJoining);
    }

    /** The registration of the latest year, the bureau's when both are of one year. */
    private static Optional<SmeRegistrationView> latest(Stream<SmeRegistrationView> registrations) {
        return registrations.reduce((a, b) -> b.year() > a.year() ? b : a);
    }

    private static String bureauRegion(Caller caller) {
        String region = Visibility.bureauRegion(caller);
        if (region == null) {
            throw Rejected.forbidden("only a province's bureau verifies SME registrations, for firms of its region");
        }
        return region;
    }

    private SmeRegistrationView view(VerifiedSmeEntity row) {
        return new SmeRegistrationView(
                row.organizationId,
                row.region,
                row.registrationNumber,
                row.registrationYear,
                current(row.registrationYear),
                Source.BUREAU,
                row.verifiedBy,
                row.verifiedAt);
    }

    private SmeRegistrationView view(AdmittedFirmEntity row) {
        return new SmeRegistrationView(
                row.organizationId,
                row.region,
                row.smeNumber,
                row.smeYear,
                current(row.smeYear),
                Source.MEMBERSHIP,
                null,
                row.admittedAt);
    }

    private boolean current(int year) {
        return SmeRegistration.counts(year, LocalDate.ofInstant(clock.instant(), Clocks.SHANGHAI));
    }
}
