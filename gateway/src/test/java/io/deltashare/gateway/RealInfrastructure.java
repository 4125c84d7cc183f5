package io.deltashare.gateway;

import io.deltashare.testkit.keycloak.KeycloakResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** The gateway's tests run against the testkit's real Keycloak and a small echo service on localhost. */
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = EchoService.class, scope = TestResourceScope.GLOBAL)
public final class RealInfrastructure {

    private RealInfrastructure() {
    }
}
