package io.deltashare.testkit.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The ids tests and the local run use for the demo organizations are the ones the demo realm gives them. */
class DemoRealmTest {

    @Test
    void everyNamedOrganizationHasTheIdOfItsAliasInTheDemoRealm() throws Exception {
        JsonNode realm = new ObjectMapper().readTree(RealmFiles.deltashare().toFile());
        Map<String, UUID> byAlias = new HashMap<>();
        realm.path("organizations")
                .forEach(o -> byAlias.put(
                        o.path("alias").asText(), UUID.fromString(o.path("id").asText())));

        assertThat(byAlias)
                .containsEntry("sh-nanotech", DemoRealm.SH_NANOTECH)
                .containsEntry("js-biomed", DemoRealm.JS_BIOMED)
                .containsEntry("zj-materials", DemoRealm.ZJ_MATERIALS)
                .containsEntry("ah-quantum", DemoRealm.AH_QUANTUM)
                .containsEntry("sh-analysis-centre", DemoRealm.SH_ANALYSIS_CENTRE)
                .containsEntry("ah-hefei-institute", DemoRealm.AH_HEFEI_INSTITUTE)
                .containsEntry("zj-fluid-engineering-lab", DemoRealm.ZJ_FLUID_ENGINEERING_LAB)
                .containsEntry("zj-electromechanical-institute", DemoRealm.ZJ_ELECTROMECHANICAL_INSTITUTE)
                .containsEntry("gd-robotics", DemoRealm.GD_ROBOTICS)
                .containsEntry("js-nju-materials-group", DemoRealm.JS_NJU_MATERIALS_GROUP);
    }
}
