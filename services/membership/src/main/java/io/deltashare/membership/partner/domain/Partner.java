package io.deltashare.membership.partner.domain;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.platform.decision.Decision;
import io.deltashare.platform.decision.Rejection;
import io.deltashare.platform.decision.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A partner application (互联互通): a province's sharing platform, a university's lab system or an industry portal that
 * an organization registers to act for firms through the API. The platform admin approves it (its confidential client
 * is created, named {@link #clientIdOf}) or rejects it; the registering organization, or the admin, may revoke it for
 * good. Firms grant an approved partner the right to act for them, scope by scope. A sandbox partner is marked so in
 * its tokens ({@code sandbox}).
 */
public record Partner(
        UUID id,
        UUID organizationId,
        String registeredBy,
        LocalizedText name,
        String description,
        boolean sandbox,
        PartnerStatus status,
        String clientId,
        String reason,
        String reviewedBy,
        Instant submittedAt,
        Instant reviewedAt,
        long version) {

    /** The Keycloak client id of an approved partner: one per application, so an approval found half done is found again. */
    public static String clientIdOf(UUID partner) {
        return "partner-" + partner;
    }

    /** A new partner application, SUBMITTED, or refused with every field at fault. */
    public static Decision<Partner> register(
            UUID id,
            UUID organization,
            String by,
            LocalizedText name,
            String description,
            boolean sandbox,
            Instant now) {
        List<Violation> errors = new ArrayList<>();
        if (name == null) {
            errors.add(new Violation("name", "give the partner's name in Chinese and English"));
        } else {
            text("name.zh", name.zh(), 200, errors);
            text("name.en", name.en(), 200, errors);
        }
        text("description", description, 1000, errors);
        return Decision.unlessViolated(
                errors,
                () -> new Partner(
                        id,
                        organization,
                        by,
                        name,
                        description.strip(),
                        sandbox,
                        PartnerStatus.SUBMITTED,
                        null,
                        null,
                        null,
                        now,
                        null,
                        0));
    }

    /** The platform admin {@code reviewer} approves: the partner acts through {@link #clientIdOf} its id. */
    public Decision<Partner> approve(String reviewer, Instant now) {
        return reviewable(reviewer).map(p -> moved(PartnerStatus.APPROVED, clientIdOf(id), null, reviewer, now));
    }

    public Decision<Partner> reject(String reviewer, String why, Instant now) {
        return reviewable(reviewer).map(p -> moved(PartnerStatus.REJECTED, null, why, reviewer, now));
    }

    /** Ends an approved partner for good: its client is disabled and every grant gone. */
    public Decision<Partner> revoke(String by, String why, Instant now) {
        if (status != PartnerStatus.APPROVED) {
            return Decision.reject(Rejection.conflict(
                    "illegal-transition", "only an APPROVED partner can be revoked; it is " + status));
        }
        return Decision.accept(moved(PartnerStatus.REVOKED, clientId, why, by, now));
    }

    /** Whether firms may grant it rights, and its secret be issued: only while APPROVED. */
    public Decision<Partner> active() {
        return status == PartnerStatus.APPROVED
                ? Decision.accept(this)
                : Decision.reject(Rejection.conflict(
                        "partner-not-active",
                        "the partner is " + status + "; only an APPROVED partner acts for firms"));
    }

    private Decision<Partner> reviewable(String reviewer) {
        if (reviewer.equals(registeredBy)) {
            return Decision.reject(Rejection.forbidden("nobody reviews the partner they registered"));
        }
        if (status != PartnerStatus.SUBMITTED) {
            return Decision.reject(Rejection.conflict("illegal-transition", "the partner is " + status + " already"));
        }
        return Decision.accept(this);
    }

    private Partner moved(PartnerStatus to, String client, String why, String by, Instant now) {
        return new Partner(
                id,
                organizationId,
                registeredBy,
                name,
                description,
                sandbox,
                to,
                client,
                why,
                by,
                submittedAt,
                now,
                version + 1);
    }

    private static void text(String field, String value, int longest, List<Violation> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new Violation(field, "must not be blank"));
        } else if (value.length() > longest) {
            errors.add(new Violation(field, "at most " + longest + " characters"));
        }
    }
}
