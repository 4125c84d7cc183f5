package io.deltashare.testkit.postgres;

import io.deltashare.testkit.Docker;

/** The PostgreSQL server shared by every test of this JVM: started on first use, stopped when the JVM exits. */
public final class Postgres {

    private static PostgresServer shared;

    private Postgres() {
    }

    public static synchronized PostgresServer shared() {
        if (shared == null) {
            PostgresServer server = Docker.available() ? ContainerPostgresServer.start() : EmbeddedPostgresServer.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-postgres"));
            shared = server;
        }
        return shared;
    }
}
