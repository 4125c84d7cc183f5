package io.deltashare.settlement;

import io.deltashare.testkit.kafka.KafkaResource;
import io.deltashare.testkit.keycloak.KeycloakResource;
import io.deltashare.testkit.postgres.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every {@code @QuarkusTest} of settlement runs against real PostgreSQL, Kafka and Keycloak from the testkit. */
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
public final class RealInfrastructure {

    private RealInfrastructure() {
    }
}
