package io.deltashare.membership;

import io.deltashare.testkit.arch.ArchitectureRules;
import org.junit.jupiter.api.Test;

class MembershipArchitectureTest {

    @Test
    void membershipKeepsToItselfAndItsDomainIsFreeOfFrameworks() {
        ArchitectureRules.check("io.deltashare.membership");
    }
}
