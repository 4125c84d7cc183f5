package io.deltashare.platform.security;

import io.deltashare.platform.PlatformConfig;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The {@link Caller} of the current request, read from the validated access token; inject it and call
 * {@link #get()}. The realm puts organizations in the {@code organization}
 * claim as {@code {"alias": {"id": "...", "region": ["CN-JS"], "kind": ["firm"]}}}, a bureau officer's province in
 * {@code region} and, for an officer of a pilot locality's bureau, the locality's code in {@code locality}.
 */
@RequestScoped
public class CurrentCaller {

    /** The kinds of organization (the {@code kind} attribute), each with the realm role its members act in. */
    private static final Map<String, String> ROLE_OF_KIND =
            Map.of("firm", Roles.FIRM, "provider", Roles.PROVIDER, "research", Roles.RESEARCHER);

    private final JsonWebToken token;
    private final SecurityIdentity identity;
    private final Optional<String> partnerScope;
    private final CallerMemory memory;

    CurrentCaller(JsonWebToken token, SecurityIdentity identity, PlatformConfig config, CallerMemory memory) {
        this.token = token;
        this.identity = identity;
        this.partnerScope = config.security().partnerScope();
        this.memory = memory;
    }

    private Caller caller;

    public Caller get() {
        if (caller == null) {
            caller = token == null || token.getRawToken() == null
                    ? read(token, identity.getRoles(), partnerScope)
                    : memory.of(token, () -> read(token, identity.getRoles(), partnerScope));
        }
        return caller;
    }

    private static Caller read(JsonWebToken token, Set<String> roles, Optional<String> partnerScope) {
        if (token == null || token.getRawToken() == null) {
            return new Caller(null, Set.of(), Map.of(), Optional.empty());
        }
        Object region = token.getClaim("region");
        return new Caller(
                token.getSubject(),
                Set.copyOf(roles),
                organizations(token.getClaim("organization"), roles),
                Optional.ofNullable(region).map(CurrentCaller::text),
                Optional.ofNullable(token.getClaim("locality")).map(CurrentCaller::text),
                PartnerGrants.firmsWith(grants(token.getClaim("partner_firms")), partnerScope),
                roles.contains(Roles.PARTNER) && isTrue(token.getClaim("sandbox")));
    }

    /** A boolean claim: {@code true} as JSON, or as the string a hard-coded claim mapper may write. */
    private static boolean isTrue(Object claim) {
        return claim == JsonValue.TRUE
                || Boolean.TRUE.equals(claim)
                || claim instanceof JsonString s && s.getString().equals("true");
    }

    /**
     * The organizations of the claim whose {@code kind} the caller's role matches: a {@code firm} acts through firm
     * organizations only, a {@code provider} through provider organizations only, a {@code researcher} through
     * research organizations only. A firm officer added to a provider's
     * organization (or the other way round), or an organization without a kind, gives no rights through it.
     */
    static Map<UUID, Caller.Organization> organizations(Object claim, Set<String> roles) {
        Map<UUID, Caller.Organization> organizations = new LinkedHashMap<>();
        if (claim instanceof JsonObject byAlias) {
            byAlias.forEach((alias, value) -> {
                if (value instanceof JsonObject details
                        && details.get("id") instanceof JsonString id
                        && firstText(details.get("kind"))
                                .map(ROLE_OF_KIND::get)
                                .filter(roles::contains)
                                .isPresent()) {
                    parseUuid(id.getString())
                            .ifPresent(uuid -> organizations.put(
                                    uuid, new Caller.Organization(uuid, alias, firstText(details.get("region")))));
                }
            });
        }
        return Map.copyOf(organizations);
    }

    /** A partner client's {@code partner_firms} claim: an array of grants (see {@link PartnerGrants}). */
    private static List<PartnerGrants.Grant> grants(Object claim) {
        if (claim instanceof JsonArray array) {
            return PartnerGrants.parse(array.stream().map(JsonValue::toString).toList());
        }
        if (claim instanceof JsonObject single) {
            return PartnerGrants.parse(List.of(single.toString()));
        }
        return List.of();
    }

    private static Optional<UUID> parseUuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnOrganizationId) {
            return Optional.empty();
        }
    }

    private static Optional<String> firstText(JsonValue value) {
        if (value instanceof JsonArray array && !array.isEmpty() && array.get(0) instanceof JsonString s) {
            return Optional.of(s.getString());
        }
        if (value instanceof JsonString s) {
            return Optional.of(s.getString());
        }
        return Optional.empty();
    }

    private static String text(Object claim) {
        return claim instanceof JsonString s ? s.getString() : String.valueOf(claim);
    }
}
