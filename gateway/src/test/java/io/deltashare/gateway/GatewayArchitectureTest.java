package io.deltashare.gateway;

import io.deltashare.testkit.arch.ArchitectureRules;
import org.junit.jupiter.api.Test;

class GatewayArchitectureTest {

    @Test
    void theGatewayKeepsToItselfItsRulesKnowNoHttpAndOnlyPersistenceTalksToTheDatabase() {
        ArchitectureRules.check("io.deltashare.gateway");
    }
}
