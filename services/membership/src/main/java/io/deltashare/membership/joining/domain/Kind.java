package io.deltashare.membership.joining.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a person applies to join as. The first three found a new organization (of Keycloak organization kind
 * {@code firm}, {@code provider} or {@code research}, whose members act in the realm role of the same meaning); STAFF
 * joins an organization already admitted.
 */
@Schema(name = "JoiningKind")
public enum Kind {
    FIRM("firm", "firm"),
    PROVIDER("provider", "provider"),
    RESEARCHER("research", "researcher"),
    STAFF(null, null);

    private final String organizationKind;
    private final String role;

    Kind(String organizationKind, String role) {
        this.organizationKind = organizationKind;
        this.role = role;
    }

    /** The {@code kind} attribute of the organization it founds; null for STAFF. */
    public String organizationKind() {
        return organizationKind;
    }

    /** The realm role its members get; null for STAFF, who get their organization's. */
    public String role() {
        return role;
    }

    /** The kind whose organizations have this {@code kind} attribute. */
    public static Kind ofOrganizationKind(String organizationKind) {
        for (Kind kind : values()) {
            if (organizationKind.equals(kind.organizationKind)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no organization kind " + organizationKind);
    }
}
