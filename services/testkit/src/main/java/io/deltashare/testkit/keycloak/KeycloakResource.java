package io.deltashare.testkit.keycloak;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;

/**
 * Points {@code quarkus-oidc} of a {@code @QuarkusTest} at a real Keycloak with the project's realm (or the realm file
 * given as init argument {@code realm-file}). Tests get tokens from {@link Keycloak#shared()}{@code .tokens()}.
 */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {

    private Path realmFile;

    @Override
    public void init(Map<String, String> initArgs) {
        String file = initArgs.get("realm-file");
        realmFile = file == null ? RealmFiles.deltashare() : Path.of(file);
    }

    @Override
    public Map<String, String> start() {
        KeycloakServer server = Keycloak.shared(realmFile);
        return Map.of(
                "quarkus.oidc.auth-server-url", server.realmUrl(),
                "testkit.keycloak.url", server.url());
    }

    @Override
    public void stop() {
        // The server is shared by all test classes of this JVM and stopped by its shutdown hook.
    }
}
