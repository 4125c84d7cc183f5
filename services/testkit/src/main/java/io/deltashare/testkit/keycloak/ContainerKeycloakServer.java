package io.deltashare.testkit.keycloak;

import io.deltashare.testkit.process.MavenArtifacts;
import java.nio.file.Path;
import java.time.Duration;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.MountableFile;

/** The same Keycloak version in a container, used when a Docker engine answers. */
public final class ContainerKeycloakServer implements KeycloakServer {

    private final GenericContainer<?> container;
    private final String realm;

    private ContainerKeycloakServer(GenericContainer<?> container, String realm) {
        this.container = container;
        this.realm = realm;
    }

    public static ContainerKeycloakServer start(Path realmFile) {
        String realm = RealmFiles.realmName(realmFile);
        GenericContainer<?> container = new GenericContainer<>(
                        "quay.io/keycloak/keycloak:" + MavenArtifacts.version("keycloak.version"))
                .withExposedPorts(8080)
                .withEnv("KC_BOOTSTRAP_ADMIN_USERNAME", "admin")
                .withEnv("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin")
                .withCopyFileToContainer(
                        MountableFile.forHostPath(realmFile), "/opt/keycloak/data/import/" + realmFile.getFileName())
                .withCommand("start-dev", "--import-realm", "--db=dev-mem")
                .waitingFor(Wait.forHttp("/realms/" + realm + "/.well-known/openid-configuration")
                        .withStartupTimeout(Duration.ofMinutes(4)));
        container.start();
        return new ContainerKeycloakServer(container, realm);
    }

    @Override
    public String url() {
        return "http://" + container.getHost() + ":" + container.getMappedPort(8080);
    }

    @Override
    public String realm() {
        return realm;
    }

    @Override
    public void close() {
        container.stop();
    }
}
