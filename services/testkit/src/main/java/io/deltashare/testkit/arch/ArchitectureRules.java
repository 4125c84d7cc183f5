package io.deltashare.testkit.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module rules every service's tests apply: a service never imports another service's packages, and its
 * {@code domain} packages hold business rules only, free of REST, JPA and Kafka types. Both rules fail when they
 * match no class, so a rule can never guard a package that does not exist.
 */
public final class ArchitectureRules {

    private static final String[] FRAMEWORK_PACKAGES = {
            "jakarta.ws.rs..", "org.jboss.resteasy..", "jakarta.persistence..", "org.hibernate..",
            "io.quarkus.hibernate..", "io.quarkus.panache..", "org.apache.kafka..", "io.smallrye.reactive.messaging..",
            "org.eclipse.microprofile.reactive.messaging..", "io.vertx.."};

    private ArchitectureRules() {
    }

    /** Classes of {@code servicePackage} depend on no {@code io.deltashare} code but their own, contracts and platform. */
    public static ArchRule doesNotDependOnOtherServices(String servicePackage) {
        return noClasses().that().resideInAPackage(servicePackage + "..")
                .should().dependOnClassesThat(new com.tngtech.archunit.base.DescribedPredicate<>(
                        "belong to another DeltaShare service") {
                    @Override
                    public boolean test(com.tngtech.archunit.core.domain.JavaClass target) {
                        String name = target.getPackageName();
                        return name.startsWith("io.deltashare.")
                                && !name.equals(servicePackage) && !name.startsWith(servicePackage + ".")
                                && !name.startsWith("io.deltashare.contracts")
                                && !name.startsWith("io.deltashare.platform");
                    }
                })
                .because("services exchange events, never code (see ARCHITECTURE.md)");
    }

    /** Classes in {@code ..domain..} packages of {@code servicePackage} use no REST, JPA or Kafka types. */
    public static ArchRule domainIsFreeOfFrameworks(String servicePackage) {
        return noClasses().that().resideInAPackage(servicePackage + "..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORK_PACKAGES)
                .because("domain code reads like the business and is tested without Quarkus");
    }

    /** The production classes of {@code servicePackage}, without tests. */
    public static JavaClasses classesOf(String servicePackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);
    }

    /** Applies every rule to {@code servicePackage}; call it from one test in each service. */
    public static void check(String servicePackage) {
        JavaClasses classes = classesOf(servicePackage);
        doesNotDependOnOtherServices(servicePackage).check(classes);
        domainIsFreeOfFrameworks(servicePackage).check(classes);
    }
}
