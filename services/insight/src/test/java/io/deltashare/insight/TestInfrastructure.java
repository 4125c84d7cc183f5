package io.deltashare.insight;

import io.deltashare.testkit.infra.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every {@code @QuarkusTest} of this module runs against the testkit's real PostgreSQL, Kafka and Keycloak. */
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL, parallel = true)
final class TestInfrastructure {

    private TestInfrastructure() {}
}
