package io.deltashare.instrumentcatalog;

import io.deltashare.testkit.arch.ArchitectureRules;
import org.junit.jupiter.api.Test;

class CatalogArchitectureTest {

    @Test
    void theCatalogKeepsToItselfAndItsDomainIsFreeOfFrameworks() {
        ArchitectureRules.check("io.deltashare.instrumentcatalog");
    }
}
