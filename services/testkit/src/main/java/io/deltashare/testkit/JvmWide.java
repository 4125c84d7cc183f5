package io.deltashare.testkit;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Shares one running server per JVM even across class loaders: Quarkus loads the testkit again for every restarted
 * test application, so a static field alone would start a second Kafka or Keycloak. The first starter publishes how
 * to reach the server in a system property; later class loaders attach to it. The starter's shutdown hook stops it.
 * Different servers start at the same time (Quarkus starts test resources in parallel); the same one only once.
 */
public final class JvmWide {

    private JvmWide() {}

    public static <T> T server(
            String property,
            Supplier<T> start,
            Function<T, String> address,
            Function<String, T> attach,
            Function<T, AutoCloseable> stopper) {
        // an interned string is the same object for every class loader: one lock per server, JVM-wide
        synchronized (("io.deltashare.testkit.JvmWide:" + property).intern()) {
            String existing = System.getProperty(property);
            if (existing != null) {
                return attach.apply(existing);
            }
            T started = start.get();
            AutoCloseable stop = stopper.apply(started);
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                try {
                                    stop.close();
                                } catch (Exception e) {
                                    System.err.println("could not stop " + property + ": " + e);
                                }
                            },
                            "stop-" + property));
            System.setProperty(property, address.apply(started));
            return started;
        }
    }
}
