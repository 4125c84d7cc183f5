package io.deltashare.testkit.postgres;

import io.deltashare.testkit.Docker;
import io.deltashare.testkit.JvmWide;

/** The PostgreSQL server shared by every test of this JVM: started on first use, stopped when the JVM exits. */
public final class Postgres {

    private Postgres() {}

    public static PostgresServer shared() {
        return JvmWide.server(
                "testkit.postgres.shared",
                () -> Docker.available() ? ContainerPostgresServer.start() : EmbeddedPostgresServer.start(),
                server -> String.join(
                        "|", server.host(), Integer.toString(server.port()), server.username(), server.password()),
                Attached::parse,
                server -> server::close);
    }

    /** A server another class loader of this JVM started. */
    private record Attached(String host, int port, String username, String password) implements PostgresServer {

        static Attached parse(String address) {
            String[] parts = address.split("\\|", 4);
            return new Attached(parts[0], Integer.parseInt(parts[1]), parts[2], parts[3]);
        }

        @Override
        public void close() {
            // owned and stopped by the class loader that started it
        }
    }
}
