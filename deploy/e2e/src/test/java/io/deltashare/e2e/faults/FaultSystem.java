package io.deltashare.e2e.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.e2e.DeltaShareSystem;
import io.deltashare.local.LocalSystem;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;

/**
 * The whole system (the one the journeys use, {@link DeltaShareSystem}) under a mixed load, and the one way the suite
 * injects a fault: with the load running, break a piece, bring it back, let the load rest, and check the system is
 * whole.
 */
final class FaultSystem {

    /** How long a piece stays down before it is brought back. */
    static final Duration DOWN = Duration.ofSeconds(2);

    /** Something that breaks a piece of the system and brings it back. */
    @FunctionalInterface
    interface Fault {
        void inject(LocalSystem system) throws Exception;
    }

    private static FaultSystem shared;

    final LocalSystem local;
    final Gateway gateway;
    final World world;
    final MixedLoad load;
    final Wholeness wholeness;
    final Calls calls;
    final FaultReport report;

    private FaultSystem(LocalSystem local, Gateway gateway, World world, Calls calls, FaultReport report) {
        this.local = local;
        this.calls = calls;
        this.gateway = gateway;
        this.world = world;
        this.load = new MixedLoad(gateway, world);
        this.wholeness = new Wholeness(gateway, world);
        this.report = report;
    }

    static synchronized FaultSystem shared() throws Exception {
        if (shared == null) {
            DeltaShareSystem system = DeltaShareSystem.shared();
            Calls calls = new Calls();
            Gateway gateway = new Gateway(system.local().gatewayUrl(), system.tokens(), calls);
            World world = World.prepare(gateway, system.demo(), system.demoInstruments());
            FaultReport report =
                    new FaultReport(Path.of(System.getProperty("faults.report", "target/fault-report.md")));
            FaultSystem faults = new FaultSystem(system.local(), gateway, world, calls, report);
            faults.load.start();
            assertThat(faults.wholeness.awaitWhole())
                    .as("the system is whole before any fault")
                    .isEmpty();
            shared = faults;
        }
        return shared;
    }

    /**
     * Injects {@code fault} under load and checks the system is whole afterwards. {@code gatewayDown} says the
     * gateway itself is the broken piece, the only time a call may find nobody listening (or the gateway's own bare 503
     * while it drains).
     */
    void inject(String name, int repeat, boolean gatewayDown, Fault fault) throws Exception {
        load.resume();
        awaitBookings(1, "before the fault");
        Instant broken = Instant.now();
        try {
            fault.inject(local);
        } catch (Exception | AssertionError failed) {
            // the next fault starts from a whole system, not from whatever this one left stopped
            try {
                local.startStoppedServices();
            } catch (RuntimeException notRestored) {
                failed.addSuppressed(notRestored);
            }
            throw failed;
        }
        Instant back = Instant.now();
        awaitBookings(1, "after the fault");
        load.pause();
        List<String> problems = new ArrayList<>(wholeness.awaitWhole());
        Instant whole = Instant.now();
        problems.addAll(wholeness.answersKept(load));
        List<Calls.Call> during = calls.between(broken, back);
        for (Calls.Call call : calls.between(broken, whole)) {
            if (gatewayDown && call.kind().equals("503 bare")) {
                continue; // the gateway's own Quarkus refusing new requests while it drains, before any routing
            }
            if (call.answered() && call.status() >= 500 && !call.kind().equals("503 problem")) {
                problems.add(call.method() + " " + call.path() + " was answered " + call.kind());
            } else if (call.failure() == Calls.Failure.TIMEOUT) {
                problems.add(call.method() + " " + call.path() + " sent at " + call.at() + " got no answer within "
                        + Gateway.HANG);
            } else if (!call.answered() && !gatewayDown) {
                problems.add(call.method() + " " + call.path() + " found the gateway " + call.kind());
            }
        }
        report.add(new FaultReport.Row(
                name,
                repeat,
                Duration.between(broken, back),
                during.size(),
                Calls.count(during, c -> true),
                Duration.between(broken, whole),
                problems.isEmpty()));
        assertThat(problems)
                .as("after %s #%d the system is whole", name, repeat)
                .isEmpty();
    }

    private void awaitBookings(int more, String when) {
        int before = load.bookings().size();
        Awaitility.await("the load makes " + more + " bookings " + when)
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> load.bookings().size() >= before + more);
    }
}
