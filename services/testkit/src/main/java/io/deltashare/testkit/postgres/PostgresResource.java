package io.deltashare.testkit.postgres;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.UUID;

/**
 * Gives a {@code @QuarkusTest} its own fresh database on the shared real PostgreSQL server, so test classes never see
 * each other's rows. Flyway of the application under test creates the schema.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        PostgresServer server = Postgres.shared();
        String database =
                "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        server.createDatabase(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", server.jdbcUrl(database),
                "quarkus.datasource.username", server.username(),
                "quarkus.datasource.password", server.password());
    }

    @Override
    public void stop() {
        // The server is shared by all test classes of this JVM and stopped by its shutdown hook.
    }
}
