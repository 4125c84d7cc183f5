package io.deltashare.testkit.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Hands out TCP ports on the loopback interface that are free right now, so parallel runs never collide.
 *
 * <p>A port is checked and released here, and the server that gets it binds it seconds later (Keycloak takes ten).
 * A port from the kernel's ephemeral range could be taken in between as the source port of any outgoing connection
 * (a JDBC pool, a Kafka client), and the server would then fail with "address already in use". So the ports come
 * from below that range, where the kernel never picks one on its own. Nor is a port handed out twice by one JVM: a
 * system's pieces get their ports before any of them binds one, and start in parallel.
 */
public final class FreePorts {

    private static final int LOWEST = 10_000;
    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");

    /** Every port handed out by this JVM: free when checked, but perhaps not yet bound by the one it went to. */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private FreePorts() {}

    public static int next() {
        int below = firstEphemeralPort();
        for (int attempt = 0; attempt < 200 && below - LOWEST > 1_000; attempt++) {
            int candidate = ThreadLocalRandom.current().nextInt(LOWEST, below);
            if (bindable(candidate) && HANDED_OUT.add(candidate)) {
                return candidate;
            }
        }
        // no range known (not Linux) or nothing free below it: let the kernel choose
        int chosen = bind(0);
        HANDED_OUT.add(chosen);
        return chosen;
    }

    private static int firstEphemeralPort() {
        try {
            // a line reader: Files.readString trusts the size procfs reports and returns one character
            String[] range = Files.readAllLines(EPHEMERAL_RANGE).get(0).trim().split("\\s+");
            return Integer.parseInt(range[0]);
        } catch (IOException | RuntimeException unknown) {
            return LOWEST;
        }
    }

    private static boolean bindable(int port) {
        try {
            bind(port);
            return true;
        } catch (UncheckedIOException taken) {
            return false;
        }
    }

    private static int bind(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on the loopback interface", e);
        }
    }
}
