package io.deltashare.testkit;

import org.jboss.logging.Logger;
import org.testcontainers.DockerClientFactory;

/** Decides whether the testkit uses Testcontainers (a Docker engine answers) or starts servers as local processes. */
public final class Docker {

    private static final Logger LOG = Logger.getLogger(Docker.class);
    private static Boolean available;

    private Docker() {}

    /** {@code DELTASHARE_TESTKIT_DOCKER=false} (or the system property {@code testkit.docker}) forces local processes. */
    public static synchronized boolean available() {
        if (available == null) {
            String setting = System.getProperty("testkit.docker", System.getenv("DELTASHARE_TESTKIT_DOCKER"));
            available = !"false".equalsIgnoreCase(setting) && engineAnswers();
            LOG.infof(
                    "testkit infrastructure: %s",
                    available ? "Testcontainers (Docker engine answers)" : "local processes (no Docker engine)");
        }
        return available;
    }

    private static boolean engineAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
