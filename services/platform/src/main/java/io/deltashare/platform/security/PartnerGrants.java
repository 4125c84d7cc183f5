package io.deltashare.platform.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deltashare.contracts.membership.PartnerScope;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The firms that granted a partner client the right to act for them, and in what: each grant is one value of the
 * {@code partner_firms} attribute of the client's service-account user, which the membership service writes when a
 * firm grants or revokes ({@code PUT|DELETE /api/v1/partners/{id}/grants/{firm}}) and the realm's {@code deltashare-api}
 * scope copies into the {@code partner_firms} claim of every token:
 * {@code {"firm": "<organization id>", "region": "CN-ZJ", "scopes": ["book", "vouchers", "statements"]}}, the scopes
 * being {@link PartnerScope}'s claim values.
 */
public final class PartnerGrants {

    /** One firm's grant. */
    public record Grant(UUID firm, Optional<String> region, Set<String> scopes) {

        /** The grant as the attribute value (and claim element) that carries it. */
        public String toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("firm", firm.toString());
            region.ifPresent(r -> json.put("region", r));
            json.put(
                    "scopes",
                    Arrays.stream(PartnerScope.values())
                            .map(PartnerScope::claimValue)
                            .filter(scopes::contains)
                            .toList());
            try {
                return JSON.writeValueAsString(json);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private PartnerGrants() {}

    /**
     * The grants in {@code values} (the attribute's values, or the claim's elements as JSON text). A value that is not a
     * grant (no firm id, a mistyped one) gives no rights; it is skipped, never guessed at.
     */
    public static List<Grant> parse(Collection<String> values) {
        List<Grant> grants = new ArrayList<>();
        for (String value : values) {
            try {
                JsonNode grant = JSON.readTree(value);
                UUID firm = UUID.fromString(grant.path("firm").asText());
                Set<String> scopes = new LinkedHashSet<>();
                grant.path("scopes").forEach(scope -> scopes.add(scope.asText()));
                Optional<String> region = grant.hasNonNull("region")
                        ? Optional.of(grant.get("region").asText())
                        : Optional.empty();
                grants.add(new Grant(firm, region, Set.copyOf(scopes)));
            } catch (IOException | IllegalArgumentException notAGrant) {
                // a malformed grant gives no rights
            }
        }
        return grants;
    }

    /** The firms of {@code grants} that include {@code scope}, or all of them when no scope is asked for. */
    public static Map<UUID, Caller.Organization> firmsWith(List<Grant> grants, Optional<String> scope) {
        Map<UUID, Caller.Organization> firms = new LinkedHashMap<>();
        for (Grant grant : grants) {
            if (scope.map(grant.scopes()::contains).orElse(!grant.scopes().isEmpty())) {
                firms.put(
                        grant.firm(),
                        new Caller.Organization(grant.firm(), grant.firm().toString(), grant.region()));
            }
        }
        return Map.copyOf(firms);
    }
}
