package io.deltashare.membership.joining.domain;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.platform.decision.Decision;
import io.deltashare.platform.decision.Rejection;
import io.deltashare.platform.decision.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A person's application to join DeltaShare (入网): as a firm, a provider, a researcher's group, or as staff of an
 * organization already admitted. It is reviewed once per submission: approved (the organization exists, the person
 * is its member) or rejected with a reason, after which the applicant may correct it and submit it again. Nobody
 * reviews their own application.
 */
public record JoiningApplication(
        UUID id,
        String applicant,
        Kind kind,
        Profile profile,
        Status status,
        String reason,
        String reviewedBy,
        Instant submittedAt,
        Instant reviewedAt,
        UUID organizationId,
        long version) {

    private static final Pattern SME_NUMBER = Pattern.compile("[0-9A-Z]{6,30}");
    /** The science-based SME registry (科技型中小企业评价) began in 2017; earlier years are a typo. */
    private static final int FIRST_SME_YEAR = 2017;

    /** A new application, SUBMITTED, or refused with every field at fault. */
    public static Decision<JoiningApplication> submit(
            UUID id, String applicant, Kind kind, Profile profile, Instant now) {
        return Decision.unlessViolated(
                violations(kind, profile, now),
                () -> new JoiningApplication(
                        id, applicant, kind, profile, Status.SUBMITTED, null, null, now, null, null, 0));
    }

    /** The applicant corrects the application (after a rejection, or before review): SUBMITTED again. */
    public Decision<JoiningApplication> correct(Profile corrected, String by, Instant now) {
        if (!applicant.equals(by)) {
            return Decision.reject(Rejection.forbidden("only the applicant corrects an application"));
        }
        if (status == Status.APPROVED) {
            return Decision.reject(Rejection.conflict(
                    "illegal-transition", "an APPROVED application is done; it cannot be corrected"));
        }
        return Decision.unlessViolated(
                violations(kind, corrected, now),
                () -> new JoiningApplication(
                        id,
                        applicant,
                        kind,
                        corrected,
                        Status.SUBMITTED,
                        null,
                        null,
                        now,
                        null,
                        organizationId,
                        version + 1));
    }

    /** {@code reviewer} admits the applicant into {@code organization} (new, or the one a STAFF application names). */
    public Decision<JoiningApplication> approve(String reviewer, UUID organization, Instant now) {
        return reviewable(reviewer)
                .map(ok -> new JoiningApplication(
                        id,
                        applicant,
                        kind,
                        profile,
                        Status.APPROVED,
                        null,
                        reviewer,
                        submittedAt,
                        now,
                        organization,
                        version + 1));
    }

    /** {@code reviewer} refuses the application for {@code why}; the applicant may correct it and submit it again. */
    public Decision<JoiningApplication> reject(String reviewer, String why, Instant now) {
        if (why == null || why.isBlank()) {
            return Decision.reject(Rejection.invalid("reason", "say why, so that the applicant can correct it"));
        }
        return reviewable(reviewer)
                .map(ok -> new JoiningApplication(
                        id,
                        applicant,
                        kind,
                        profile,
                        Status.REJECTED,
                        why,
                        reviewer,
                        submittedAt,
                        now,
                        organizationId,
                        version + 1));
    }

    /** Whether {@code reviewer} may decide now: the application waits for review and is not their own. */
    public Decision<JoiningApplication> reviewable(String reviewer) {
        if (applicant.equals(reviewer)) {
            return Decision.reject(Rejection.forbidden("nobody reviews their own application"));
        }
        if (status != Status.SUBMITTED) {
            return Decision.reject(Rejection.conflict(
                    "illegal-transition", "the application is " + status + "; only a SUBMITTED one is reviewed"));
        }
        return Decision.accept(this);
    }

    /** Every field of {@code profile} that an application of {@code kind} gets wrong at {@code now}. */
    static List<Violation> violations(Kind kind, Profile profile, Instant now) {
        List<Violation> errors = new ArrayList<>();
        if (kind == Kind.STAFF) {
            if (profile.staff() == null || profile.staff().organizationId() == null) {
                errors.add(new Violation("staff.organizationId", "name the organization to join"));
            }
            if (profile.name() != null || profile.region() != null || profile.city() != null) {
                String field = profile.name() != null ? "name" : profile.region() != null ? "region" : "city";
                errors.add(
                        new Violation(field, "staff join an organization as it is; leave name, region and city out"));
            }
        } else {
            founding(profile, errors);
        }
        section(kind, Kind.FIRM, "firm", profile.firm(), errors);
        section(kind, Kind.PROVIDER, "provider", profile.provider(), errors);
        section(kind, Kind.RESEARCHER, "researcher", profile.researcher(), errors);
        section(kind, Kind.STAFF, "staff", profile.staff(), errors);
        if (kind == Kind.FIRM && profile.firm() != null) {
            firm(profile, now, errors);
        }
        if (kind == Kind.PROVIDER && profile.provider() != null) {
            provider(profile.provider(), now, errors);
        }
        if (kind == Kind.RESEARCHER && profile.researcher() != null) {
            text("researcher.institution", profile.researcher().institution(), 200, errors);
        }
        return errors;
    }

    private static void founding(Profile profile, List<Violation> errors) {
        LocalizedText name = profile.name();
        if (name == null) {
            errors.add(new Violation("name", "give the organization's name in Chinese and English"));
        } else {
            text("name.zh", name.zh(), 200, errors);
            text("name.en", name.en(), 200, errors);
        }
        if (profile.region() == null) {
            errors.add(new Violation("region", "is required: an ISO 3166-2 code such as CN-ZJ, or a country code"));
        }
        text("city", profile.city(), 100, errors);
    }

    /** The section of {@code own} kind is required; every other kind's section must be absent. */
    private static void section(Kind kind, Kind own, String field, Object section, List<Violation> errors) {
        if (kind == own && section == null) {
            errors.add(new Violation(field, "is required for an application as " + own));
        } else if (kind != own && section != null) {
            errors.add(new Violation(field, "belongs to an application as " + own + ", not " + kind));
        }
    }

    private static void firm(Profile profile, Instant now, List<Violation> errors) {
        Profile.Firm firm = profile.firm();
        boolean inChina = profile.region() != null && profile.region().country().equals("CN");
        if (firm.creditCode() == null) {
            if (inChina) {
                errors.add(new Violation(
                        "firm.creditCode", "a firm registered in China gives its unified social credit code"));
            }
        } else {
            CreditCode.problem(firm.creditCode())
                    .ifPresent(problem -> errors.add(new Violation("firm.creditCode", problem)));
        }
        if (firm.sme() != null) {
            if (firm.sme().number() == null
                    || !SME_NUMBER.matcher(firm.sme().number()).matches()) {
                errors.add(new Violation(
                        "firm.sme.number", "the SME registration number is 6 to 30 digits and capital letters"));
            }
            int thisYear = LocalDate.ofInstant(now, ZoneOffset.UTC).getYear();
            if (firm.sme().year() < FIRST_SME_YEAR || firm.sme().year() > thisYear) {
                errors.add(new Violation(
                        "firm.sme.year",
                        "is between " + FIRST_SME_YEAR + " and " + thisYear + ", the registration's year"));
            }
        }
    }

    private static void provider(Profile.Provider provider, Instant now, List<Violation> errors) {
        if (provider.type() == null) {
            errors.add(new Violation(
                    "provider.type",
                    "is required: UNIVERSITY, INSTITUTE, BIG_SCIENCE_FACILITY, TESTING_BODY or ENTERPRISE_LAB"));
        }
        List<Profile.Accreditation> accreditations =
                provider.accreditations() == null ? List.of() : provider.accreditations();
        if (accreditations.size() > 10) {
            errors.add(new Violation("provider.accreditations", "at most 10"));
        }
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        for (int i = 0; i < accreditations.size(); i++) {
            Profile.Accreditation a = accreditations.get(i);
            String at = "provider.accreditations[" + i + "]";
            if (a == null) {
                errors.add(new Violation(at, "is empty"));
                continue;
            }
            if (a.scheme() == null) {
                errors.add(new Violation(at + ".scheme", "is CMA or CNAS"));
            }
            text(at + ".certificateNumber", a.certificateNumber(), 50, errors);
            if (a.expiresOn() == null || !a.expiresOn().isAfter(today)) {
                errors.add(new Violation(at + ".expiresOn", "give the certificate's expiry, a date still to come"));
            }
        }
    }

    private static void text(String field, String value, int max, List<Violation> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new Violation(field, "is required"));
        } else if (value.length() > max) {
            errors.add(new Violation(field, "at most " + max + " characters"));
        }
    }
}
