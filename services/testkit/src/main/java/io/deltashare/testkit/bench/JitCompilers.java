package io.deltashare.testkit.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * The time this JVM's JIT compilers have spent so far, for a benchmark that runs its service in its own JVM (a
 * {@code @QuarkusTest}): on two busy cores the C2 compiler can take most of a core for a minute after the load begins,
 * and a window measured then measures the compiler as much as the code. A benchmark warms up until a slice of its load
 * sees the compilers settled ({@link #settledDuring}), and reports their time in the measured window.
 */
public final class JitCompilers {

    /** The compilers' share of one core in a slice of warm-up at which they count as settled. */
    public static final double SETTLED_SHARE = 0.05;

    private JitCompilers() {}

    /** The compilers' time so far (each compilation from its start to its end), zero if the JVM does not say. */
    public static Duration total() {
        CompilationMXBean compilers = ManagementFactory.getCompilationMXBean();
        if (compilers == null || !compilers.isCompilationTimeMonitoringSupported()) {
            return Duration.ZERO;
        }
        return Duration.ofMillis(compilers.getTotalCompilationTime());
    }

    /** Whether the compilers, {@code compiling} in {@code slice}, took under {@value #SETTLED_SHARE} of a core. */
    public static boolean settledDuring(Duration slice, Duration compiling) {
        return compiling.toMillis() < SETTLED_SHARE * slice.toMillis();
    }
}
