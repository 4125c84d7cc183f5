package io.deltashare.testkit.keycloak;

import io.deltashare.testkit.Docker;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Keycloak servers shared by every test of this JVM, one per realm file: started on first use, stopped at exit. */
public final class Keycloak {

    private static final Map<Path, KeycloakServer> SHARED = new HashMap<>();

    private Keycloak() {
    }

    /** The server with the project's {@code deltashare} realm. */
    public static KeycloakServer shared() {
        return shared(RealmFiles.deltashare());
    }

    public static synchronized KeycloakServer shared(Path realmFile) {
        return SHARED.computeIfAbsent(realmFile.toAbsolutePath().normalize(), file -> {
            KeycloakServer server = Docker.available() ? ContainerKeycloakServer.start(file) : LocalKeycloakServer.start(file);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-keycloak"));
            return server;
        });
    }
}
