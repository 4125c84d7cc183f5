package io.deltashare.testkit.arch;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

class ArchitectureRulesTest {

    private static final String FIXTURES = "io.deltashare.testkit.arch.fixtures";
    private final JavaClasses fixtures = new ClassFileImporter().importPackages(FIXTURES);

    @Test
    void aServiceThatKeepsToItselfAndAPureDomainPasses() {
        assertThatCode(() -> ArchitectureRules.doesNotDependOnOtherServices(FIXTURES + ".tidy")
                        .check(fixtures))
                .doesNotThrowAnyException();
        assertThatCode(() -> ArchitectureRules.domainIsFreeOfFrameworks(FIXTURES + ".tidy")
                        .check(fixtures))
                .doesNotThrowAnyException();
        assertThatCode(() ->
                        ArchitectureRules.coreKnowsNoHttp(FIXTURES + ".tidy").check(fixtures))
                .doesNotThrowAnyException();
        assertThatCode(() -> ArchitectureRules.onlyPersistenceTalksToTheDatabase(FIXTURES + ".tidy")
                        .check(fixtures))
                .doesNotThrowAnyException();
    }

    @Test
    void anApplicationServiceThrowingAnHttpExceptionFails() {
        assertThatThrownBy(() ->
                        ArchitectureRules.coreKnowsNoHttp(FIXTURES + ".leaky").check(fixtures))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("LeakyService")
                .hasMessageContaining("jakarta.ws.rs.NotFoundException");
    }

    @Test
    void anApplicationServiceRunningItsOwnQueryFails() {
        assertThatThrownBy(() -> ArchitectureRules.onlyPersistenceTalksToTheDatabase(FIXTURES + ".leaky")
                        .check(fixtures))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("LeakyService")
                .hasMessageContaining("EntityManager");
    }

    @Test
    void aServiceImportingAnotherServicesPackageFails() {
        assertThatThrownBy(() -> ArchitectureRules.doesNotDependOnOtherServices(FIXTURES + ".nosy")
                        .check(fixtures))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("NosyService");
    }

    @Test
    void aDomainClassUsingKafkaFails() {
        assertThatThrownBy(() -> ArchitectureRules.domainIsFreeOfFrameworks(FIXTURES + ".leaky")
                        .check(fixtures))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("LeakyBooking");
    }

    @Test
    void aRuleOverAPackageThatDoesNotExistFailsInsteadOfPassingVacuously() {
        assertThatThrownBy(() -> ArchitectureRules.domainIsFreeOfFrameworks(FIXTURES + ".missing")
                        .check(fixtures))
                .isInstanceOf(AssertionError.class);
    }
}
