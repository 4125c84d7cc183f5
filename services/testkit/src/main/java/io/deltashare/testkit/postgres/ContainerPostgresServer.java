package io.deltashare.testkit.postgres;

import java.util.ArrayList;
import java.util.List;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** PostgreSQL 17 in a container, used when a Docker engine answers. */
public final class ContainerPostgresServer implements PostgresServer {

    private final PostgreSQLContainer container;

    private ContainerPostgresServer(PostgreSQLContainer container) {
        this.container = container;
    }

    public static ContainerPostgresServer start() {
        List<String> command = new ArrayList<>(List.of("postgres", "-c", "max_connections=300"));
        if (StatementStatistics.wanted()) {
            StatementStatistics.serverSettings()
                    .forEach((name, value) -> command.addAll(List.of("-c", name + "=" + value)));
        }
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:17")
                .withUsername("postgres")
                .withPassword("postgres")
                .withCommand(command.toArray(String[]::new));
        container.start();
        return new ContainerPostgresServer(container);
    }

    @Override
    public String host() {
        return container.getHost();
    }

    @Override
    public int port() {
        return container.getMappedPort(5432);
    }

    @Override
    public String username() {
        return container.getUsername();
    }

    @Override
    public String password() {
        return container.getPassword();
    }

    @Override
    public void close() {
        container.stop();
    }
}
