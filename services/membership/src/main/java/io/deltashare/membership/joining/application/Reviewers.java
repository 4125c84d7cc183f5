package io.deltashare.membership.joining.application;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.membership.MembershipConfig;
import io.deltashare.membership.joining.domain.JoiningApplication;
import io.deltashare.membership.joining.domain.Kind;
import io.deltashare.membership.organization.persistence.Organizations;
import io.deltashare.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Who reviews an application: the platform admin reviews providers and researchers; the science bureau of a firm's
 * region reviews the firm (the admin, the firms of regions without a bureau on DeltaShare); an organization's admins
 * (and the platform admin) review those who ask to join it as staff. Reviewers see what they review, applicants their
 * own, the platform admin every application.
 */
@ApplicationScoped
public class Reviewers {

    private final List<Region> bureauRegions;
    private final Organizations organizations;

    Reviewers(MembershipConfig config, Organizations organizations) {
        this.bureauRegions = config.bureauRegions().stream().map(Region::ofCode).toList();
        this.organizations = organizations;
    }

    public boolean mayReview(Caller caller, JoiningApplication application) {
        return switch (application.kind()) {
            case PROVIDER, RESEARCHER -> caller.isAdmin();
            case FIRM ->
                hasBureau(application.profile().region())
                        ? caller.isBureauOf(application.profile().region().code())
                        : caller.isAdmin();
            case STAFF ->
                caller.isAdmin()
                        || organizations.isAdmin(application.profile().staff().organizationId(), caller.subject());
        };
    }

    public boolean maySee(Caller caller, JoiningApplication application) {
        return application.applicant().equals(caller.subject()) || caller.isAdmin() || mayReview(caller, application);
    }

    /** Whether a bureau on DeltaShare reviews the firms of {@code region}. */
    public boolean hasBureau(Region region) {
        return bureauRegions.contains(region);
    }

    /** Who reviews an application of {@code kind}, in words for a problem's detail. */
    static String reviewerOf(Kind kind) {
        return switch (kind) {
            case PROVIDER, RESEARCHER -> "the platform admin";
            case FIRM -> "the science bureau of the firm's region (the platform admin for regions without one)";
            case STAFF -> "an admin of the organization";
        };
    }
}
