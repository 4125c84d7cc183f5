package io.deltashare.gateway;

import io.deltashare.testkit.infra.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Every {@code @QuarkusTest} of the gateway runs against the testkit's real PostgreSQL, Kafka and Keycloak, and a small
 * echo service on localhost for it to route to.
 */
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = EchoService.class, scope = TestResourceScope.GLOBAL, parallel = true)
final class TestInfrastructure {

    private TestInfrastructure() {}
}
