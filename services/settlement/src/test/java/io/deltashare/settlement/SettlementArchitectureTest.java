package io.deltashare.settlement;

import io.deltashare.testkit.arch.ArchitectureRules;
import org.junit.jupiter.api.Test;

class SettlementArchitectureTest {

    @Test
    void settlementKeepsToItselfAndItsDomainIsFreeOfFrameworks() {
        ArchitectureRules.check("io.deltashare.settlement");
    }
}
