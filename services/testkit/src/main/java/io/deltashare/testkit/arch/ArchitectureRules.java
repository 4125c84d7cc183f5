package io.deltashare.testkit.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module rules every service's tests apply: a service never imports another service's packages; its
 * {@code domain} packages hold business rules only, free of REST, JPA and Kafka types and of every platform package
 * but {@code platform.decision}; neither {@code domain} nor {@code application} knows HTTP (a rule says no with a
 * {@code Rejection}, one adapter in {@code platform.problem} answers it); and only {@code persistence} talks to the
 * database. Every rule fails when it matches no class, so a rule can never guard a package that does not exist.
 */
public final class ArchitectureRules {

    private static final String[] FRAMEWORK_PACKAGES = {
        "jakarta.ws.rs..",
        "org.jboss.resteasy..",
        "jakarta.persistence..",
        "org.hibernate..",
        "io.quarkus.hibernate..",
        "io.quarkus.panache..",
        "org.apache.kafka..",
        "io.smallrye.reactive.messaging..",
        "org.eclipse.microprofile.reactive.messaging..",
        "io.vertx..",
        "io.deltashare.platform.outbox..",
        "io.deltashare.platform.inbox..",
        "io.deltashare.platform.problem..",
        "io.deltashare.platform.rest..",
        "io.deltashare.platform.security..",
        "io.deltashare.platform.persistence..",
        "io.deltashare.platform.idempotency..",
        "io.deltashare.platform.kafka.."
    };

    /** What speaks HTTP: JAX-RS, RESTEasy, Vert.x web and the platform's problem+json types. */
    private static final String[] HTTP_PACKAGES = {
        "jakarta.ws.rs..",
        "org.jboss.resteasy..",
        "io.vertx.ext.web..",
        "io.vertx.core.http..",
        "io.deltashare.platform.problem.."
    };

    /** What talks to a database directly: JDBC, and the JPA query API. */
    private static final String[] DATABASE_TYPES = {
        "jakarta.persistence.EntityManager",
        "jakarta.persistence.Query",
        "jakarta.persistence.TypedQuery",
        "org.hibernate.Session"
    };

    /** The methods of a Panache repository that take a query string. */
    private static final java.util.Set<String> PANACHE_QUERIES =
            java.util.Set.of("find", "list", "stream", "count", "update", "delete", "getEntityManager", "getSession");

    private ArchitectureRules() {}

    /**
     * Classes of {@code servicePackage} depend on no {@code io.deltashare} code but their own and the shared libraries:
     * contracts, platform, documents (the PDF and CSV kit), keycloak-client (a service's account on Keycloak's Admin
     * API), logfiles (a log file that rotates within a disk budget) and apidocs (the API documents, which the gateway
     * serves).
     */
    public static ArchRule doesNotDependOnOtherServices(String servicePackage) {
        return noClasses()
                .that()
                .resideInAPackage(servicePackage + "..")
                .should()
                .dependOnClassesThat(
                        new com.tngtech.archunit.base.DescribedPredicate<>("belong to another DeltaShare service") {
                            @Override
                            public boolean test(com.tngtech.archunit.core.domain.JavaClass target) {
                                String name = target.getPackageName();
                                return name.startsWith("io.deltashare.")
                                        && !name.equals(servicePackage)
                                        && !name.startsWith(servicePackage + ".")
                                        && !name.startsWith("io.deltashare.contracts")
                                        && !name.startsWith("io.deltashare.platform")
                                        && !name.startsWith("io.deltashare.documents")
                                        && !name.startsWith("io.deltashare.keycloakclient")
                                        && !name.startsWith("io.deltashare.logfiles")
                                        && !name.startsWith("io.deltashare.apidocs");
                            }
                        })
                .because("services exchange events, never code (see ARCHITECTURE.md)");
    }

    /** Classes in {@code ..domain..} packages of {@code servicePackage} use no REST, JPA or Kafka types. */
    public static ArchRule domainIsFreeOfFrameworks(String servicePackage) {
        return noClasses()
                .that()
                .resideInAPackage(servicePackage + "..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FRAMEWORK_PACKAGES)
                .because("domain code reads like the business and is tested without Quarkus");
    }

    /**
     * Classes in {@code ..domain..} and {@code ..application..} packages of {@code servicePackage} use no HTTP type:
     * they say no with a {@code Rejection}, and the REST layer's one adapter turns it into problem+json.
     */
    public static ArchRule coreKnowsNoHttp(String servicePackage) {
        return noClasses()
                .that()
                .resideInAnyPackage(servicePackage + "..domain..", servicePackage + "..application..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(HTTP_PACKAGES)
                .because("rules and use cases are the same whether a request, an event or a job asks (STYLE.md 5)");
    }

    /**
     * Only classes in {@code ..persistence..} packages of {@code servicePackage} talk to the database: nobody else uses
     * JDBC, an {@code EntityManager} or a query string of a Panache repository.
     */
    public static ArchRule onlyPersistenceTalksToTheDatabase(String servicePackage) {
        return noClasses()
                .that()
                .resideInAPackage(servicePackage + "..")
                .and()
                .resideOutsideOfPackage(servicePackage + "..persistence..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..")
                .orShould()
                .dependOnClassesThat(new com.tngtech.archunit.base.DescribedPredicate<>("are the JPA query API") {
                    @Override
                    public boolean test(com.tngtech.archunit.core.domain.JavaClass target) {
                        return java.util.Arrays.asList(DATABASE_TYPES).contains(target.getName());
                    }
                })
                .orShould()
                .callMethodWhere(
                        new com.tngtech.archunit.base.DescribedPredicate<>(
                                "a Panache repository's query method is called") {
                            @Override
                            public boolean test(com.tngtech.archunit.core.domain.JavaMethodCall call) {
                                return PANACHE_QUERIES.contains(call.getName())
                                        && call.getTargetOwner()
                                                .isAssignableTo(
                                                        "io.quarkus.hibernate.orm.panache.PanacheRepositoryBase")
                                        && (call.getName().startsWith("get")
                                                || !call.getTarget()
                                                                .getRawParameterTypes()
                                                                .isEmpty()
                                                        && call.getTarget()
                                                                .getRawParameterTypes()
                                                                .get(0)
                                                                .isEquivalentTo(String.class));
                            }
                        })
                .because("a repository per feature owns its SQL, so a query has one place to read and change");
    }

    /** The production classes of {@code servicePackage}, without tests. */
    public static JavaClasses classesOf(String servicePackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);
    }

    /** Applies every rule to {@code servicePackage}; call it from one test in each service. */
    public static void check(String servicePackage) {
        JavaClasses classes = classesOf(servicePackage);
        doesNotDependOnOtherServices(servicePackage).check(classes);
        domainIsFreeOfFrameworks(servicePackage).check(classes);
        coreKnowsNoHttp(servicePackage).check(classes);
        onlyPersistenceTalksToTheDatabase(servicePackage).check(classes);
    }
}
