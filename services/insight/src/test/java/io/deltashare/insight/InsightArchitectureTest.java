package io.deltashare.insight;

import io.deltashare.testkit.arch.ArchitectureRules;
import org.junit.jupiter.api.Test;

class InsightArchitectureTest {

    @Test
    void insightKeepsToItselfAndItsDomainIsFreeOfFrameworks() {
        ArchitectureRules.check("io.deltashare.insight");
    }
}
