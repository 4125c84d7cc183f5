package io.deltashare.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An organization gives rights only to staff whose role is its kind. */
class OrganizationKindTest {

    private static final UUID FIRM = UUID.randomUUID();
    private static final UUID PROVIDER = UUID.randomUUID();

    private static final JsonObject CLAIM = Json.createObjectBuilder()
            .add(
                    "js-biomed",
                    Json.createObjectBuilder()
                            .add("id", FIRM.toString())
                            .add("region", Json.createArrayBuilder().add("CN-JS"))
                            .add("kind", Json.createArrayBuilder().add("firm")))
            .add(
                    "sh-analysis-centre",
                    Json.createObjectBuilder()
                            .add("id", PROVIDER.toString())
                            .add("region", Json.createArrayBuilder().add("CN-SH"))
                            .add("kind", Json.createArrayBuilder().add("provider")))
            .add(
                    "no-kind",
                    Json.createObjectBuilder().add("id", UUID.randomUUID().toString()))
            .build();

    @Test
    void firmStaffActOnlyThroughFirmsAndProviderStaffOnlyThroughProviders() {
        assertThat(CurrentCaller.organizations(CLAIM, Set.of("firm")).keySet()).containsExactly(FIRM);
        assertThat(CurrentCaller.organizations(CLAIM, Set.of("provider")).keySet())
                .containsExactly(PROVIDER);
    }

    @Test
    void withoutAnOrganizationRoleOrAKindNoOrganizationCounts() {
        assertThat(CurrentCaller.organizations(CLAIM, Set.of("bureau", "admin")))
                .isEmpty();
        assertThat(CurrentCaller.organizations(CLAIM, Set.of("firm")).values())
                .noneMatch(organization -> organization.alias().equals("no-kind"));
    }
}
