package io.deltashare.testkit.keycloak;

import io.deltashare.testkit.Docker;
import io.deltashare.testkit.JvmWide;
import java.nio.file.Path;

/** Keycloak servers shared by every test of this JVM, one per realm file: started on first use, stopped at exit. */
public final class Keycloak {

    private Keycloak() {}

    /** The server with the project's {@code deltashare} realm. */
    public static KeycloakServer shared() {
        return shared(RealmFiles.deltashare());
    }

    public static KeycloakServer shared(Path realmFile) {
        Path file = realmFile.toAbsolutePath().normalize();
        return JvmWide.server(
                "testkit.keycloak.shared." + Integer.toHexString(file.toString().hashCode()),
                () -> Docker.available() ? ContainerKeycloakServer.start(file) : LocalKeycloakServer.start(file),
                server -> server.url() + "|" + server.realm(),
                Attached::parse,
                server -> server::close);
    }

    /** A server another class loader of this JVM started. */
    private record Attached(String url, String realm) implements KeycloakServer {

        static Attached parse(String address) {
            String[] parts = address.split("\\|", 2);
            return new Attached(parts[0], parts[1]);
        }

        @Override
        public void close() {
            // owned and stopped by the class loader that started it
        }
    }
}
