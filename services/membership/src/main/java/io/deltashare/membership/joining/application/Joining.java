package io.deltashare.membership.joining.application;

import io.deltashare.contracts.membership.OrganizationAdmitted;
import io.deltashare.contracts.membership.OrganizationSnapshot;
import io.deltashare.membership.joining.domain.JoiningApplication;
import io.deltashare.membership.joining.domain.Kind;
import io.deltashare.membership.joining.domain.Profile;
import io.deltashare.membership.joining.domain.Status;
import io.deltashare.membership.joining.persistence.ApplicationRepository;
import io.deltashare.membership.organization.application.Directory;
import io.deltashare.membership.organization.persistence.Organizations;
import io.deltashare.platform.decision.ExpectedVersion;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.outbox.Outbox;
import io.deltashare.platform.persistence.Where;
import io.deltashare.platform.rest.Cursor;
import io.deltashare.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Joining DeltaShare (入网): a signed-in person applies, corrects and resubmits; a reviewer approves (the organization
 * is created in Keycloak, the applicant becomes its member in the right role, and {@code OrganizationAdmitted} tells
 * the other services) or rejects with a reason.
 */
@ApplicationScoped
public class Joining {

    private final ApplicationRepository applications;
    private final Organizations organizations;
    private final Reviewers reviewers;
    private final Directory directory;
    private final Outbox outbox;
    private final Clock clock;

    Joining(
            ApplicationRepository applications,
            Organizations organizations,
            Reviewers reviewers,
            Directory directory,
            Outbox outbox,
            Clock clock) {
        this.applications = applications;
        this.organizations = organizations;
        this.reviewers = reviewers;
        this.directory = directory;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public JoiningApplicationView submit(Kind kind, Profile profile, Caller caller) {
        JoiningApplication application = JoiningApplication.submit(
                        UUID.randomUUID(), caller.subject(), kind, profile, clock.instant())
                .orElseThrow();
        checkAgainstAdmitted(application);
        try {
            applications.add(application);
        } catch (ApplicationRepository.ClashException clash) {
            throw clashing(clash);
        }
        return JoiningApplicationView.of(application);
    }

    /** The applicant corrects the application, after a rejection or while it waits: SUBMITTED again. */
    @Transactional
    public JoiningApplicationView correct(UUID id, Profile profile, ExpectedVersion expected, Caller caller) {
        JoiningApplication application = visible(id, caller);
        expected.check(application.version()).orElseThrow();
        JoiningApplication corrected =
                application.correct(profile, caller.subject(), clock.instant()).orElseThrow();
        checkAgainstAdmitted(corrected);
        try {
            applications.save(corrected);
        } catch (ApplicationRepository.ClashException clash) {
            throw clashing(clash);
        }
        return JoiningApplicationView.of(corrected);
    }

    /**
     * Admits the applicant. The identity provider's part comes first and is repeatable (a retry after a failure finds
     * the organization it created); only then does the approval commit, with its event, in one transaction.
     */
    @Transactional
    public JoiningApplicationView approve(UUID id, Caller caller) {
        JoiningApplication application = reviewable(id, caller);
        Instant now = clock.instant();
        UUID organization;
        if (application.kind() == Kind.STAFF) {
            organization = application.profile().staff().organizationId();
            OrganizationSnapshot joined = organizations
                    .snapshot(organization)
                    .orElseThrow(
                            () -> Rejected.conflict("organization-gone", "organization " + organization + " is gone"));
            directory.admit(
                    organization,
                    application.applicant(),
                    Kind.ofOrganizationKind(joined.kind()).role());
        } else {
            Profile profile = application.profile();
            String alias = alias(application);
            organization = directory.organizationOf(new Directory.NewOrganization(
                    application.id(),
                    alias,
                    profile.name().zh() + " " + profile.name().en(),
                    application.kind().organizationKind(),
                    profile.region(),
                    "admitted through application " + application.id()));
            directory.admit(
                    organization, application.applicant(), application.kind().role());
            OrganizationSnapshot admitted = new OrganizationSnapshot(
                    organization,
                    alias,
                    application.kind().organizationKind(),
                    profile.name(),
                    profile.region(),
                    profile.city(),
                    profile.firm() == null || profile.firm().sme() == null
                            ? null
                            : profile.firm().sme().number(),
                    profile.firm() == null || profile.firm().sme() == null
                            ? null
                            : profile.firm().sme().year());
            organizations.admitted(admitted, application.id(), application.applicant(), now);
            outbox.publish(new OrganizationAdmitted(application.id(), admitted));
        }
        JoiningApplication approved =
                application.approve(caller.subject(), organization, now).orElseThrow();
        applications.save(approved);
        return JoiningApplicationView.of(approved);
    }

    @Transactional
    public JoiningApplicationView reject(UUID id, String reason, Caller caller) {
        JoiningApplication application = reviewable(id, caller);
        JoiningApplication rejected =
                application.reject(caller.subject(), reason, clock.instant()).orElseThrow();
        applications.save(rejected);
        return JoiningApplicationView.of(rejected);
    }

    @Transactional
    public JoiningApplicationView get(UUID id, Caller caller) {
        return JoiningApplicationView.of(visible(id, caller));
    }

    /**
     * The applications the caller may see, newest first: its own, and those it reviews (the admin: all; a bureau: the
     * firms of its region; an organization's admin: who asks to join it).
     */
    @Transactional
    public List<JoiningApplicationView> list(Caller caller, Status status, Kind kind, Cursor after, int limit) {
        return applications.list(visibleRows(caller), status, kind, after, limit).stream()
                .map(JoiningApplicationView::of)
                .toList();
    }

    private Where visibleRows(Caller caller) {
        if (caller.isAdmin()) {
            return Where.all();
        }
        List<Where> seen = new ArrayList<>(List.of(Where.where("applicant = :me", "me", caller.subject())));
        if (caller.isBureau() && caller.region().isPresent()) {
            seen.add(Where.where(
                    "kind = 'FIRM' and region = :bureauRegion",
                    "bureauRegion",
                    caller.region().get()));
        }
        List<UUID> administered = organizations.administeredBy(caller.subject());
        if (!administered.isEmpty()) {
            seen.add(Where.where(
                    "kind = 'STAFF' and targetOrganizationId in :administered", "administered", administered));
        }
        return Where.anyOf(seen);
    }

    /** The application, locked, when the caller may review it now; 404 when it may not see it. */
    private JoiningApplication reviewable(UUID id, Caller caller) {
        JoiningApplication application = applications
                .lockedForUpdate(id)
                .filter(a -> reviewers.maySee(caller, a))
                .orElseThrow(() -> Rejected.notFound("application " + id));
        if (!reviewers.mayReview(caller, application)) {
            throw Rejected.forbidden("an application as " + application.kind() + " is reviewed by "
                    + Reviewers.reviewerOf(application.kind()));
        }
        return application.reviewable(caller.subject()).orElseThrow();
    }

    private JoiningApplication visible(UUID id, Caller caller) {
        return applications
                .lockedForUpdate(id)
                .filter(a -> reviewers.maySee(caller, a))
                .orElseThrow(() -> Rejected.notFound("application " + id));
    }

    /** A new organization must not be one that joined already; a staff application must name one that did. */
    private void checkAgainstAdmitted(JoiningApplication application) {
        Profile profile = application.profile();
        if (application.kind() == Kind.STAFF) {
            if (organizations.snapshot(profile.staff().organizationId()).isEmpty()) {
                throw Rejected.invalid(
                        "staff.organizationId",
                        "no organization " + profile.staff().organizationId() + " has joined");
            }
        } else if (organizations.nameTaken(profile.name())) {
            throw Rejected.conflict(
                    "duplicate-organization", "an organization of this name has joined already", "name");
        }
    }

    private static Rejected clashing(ApplicationRepository.ClashException clash) {
        return switch (clash.clash()) {
            case ONE_IN_REVIEW ->
                Rejected.conflict(
                        "application-in-review",
                        "you have an application in review; correct that one (PUT) or wait for its decision");
            case CREDIT_CODE ->
                Rejected.conflict(
                        "duplicate-organization",
                        "a firm with this unified social credit code has joined or applied already",
                        "firm.creditCode");
        };
    }

    /** A stable, readable alias: the kind and the application's first characters, e.g. {@code firm-3f2a9c1d}. */
    private static String alias(JoiningApplication application) {
        return application.kind().organizationKind().toLowerCase(Locale.ROOT) + "-"
                + application.id().toString().substring(0, 8);
    }
}
