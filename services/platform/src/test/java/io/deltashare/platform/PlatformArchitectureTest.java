package io.deltashare.platform;

import io.deltashare.testkit.arch.ArchitectureRules;
import org.junit.jupiter.api.Test;

class PlatformArchitectureTest {

    @Test
    void thePlatformDependsOnNoService() {
        ArchitectureRules.doesNotDependOnOtherServices("io.deltashare.platform")
                .check(ArchitectureRules.classesOf("io.deltashare.platform"));
    }
}
