package io.deltashare.innovationvoucher;

import io.deltashare.testkit.arch.ArchitectureRules;
import org.junit.jupiter.api.Test;

class VoucherArchitectureTest {

    @Test
    void innovationVoucherKeepsToItselfAndItsDomainIsFreeOfFrameworks() {
        ArchitectureRules.check("io.deltashare.innovationvoucher");
    }
}
