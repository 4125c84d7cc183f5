package io.deltashare.gateway;

import io.deltashare.testkit.kafka.KafkaResource;
import io.deltashare.testkit.keycloak.KeycloakResource;
import io.deltashare.testkit.postgres.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** The gateway's tests run against the testkit's real PostgreSQL, Kafka and Keycloak and a small echo service on localhost. */
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = EchoService.class, scope = TestResourceScope.GLOBAL, parallel = true)
public final class RealInfrastructure {

    private RealInfrastructure() {
    }
}
