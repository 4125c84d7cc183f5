package io.deltashare.e2e.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Every call the load made through the gateway and what came of it, to count what happened during a fault. */
final class Calls {

    /** How a call ended: an HTTP status, or no answer at all. */
    enum Failure {
        NONE,
        REFUSED,
        TIMEOUT,
        BROKEN
    }

    /** One call. {@code status} is 0 when there was no answer ({@code failure} says why). */
    record Call(
            Instant at, Duration took, String method, String path, int status, String contentType, Failure failure) {

        boolean answered() {
            return failure == Failure.NONE;
        }

        /** What kind of outcome this is, for the report: "201", "503 problem", "refused", "timeout"... */
        String kind() {
            if (!answered()) {
                return failure.name().toLowerCase();
            }
            if (status >= 500) {
                return status
                        + (contentType != null && contentType.startsWith("application/problem+json")
                                ? " problem"
                                : " bare");
            }
            return Integer.toString(status);
        }
    }

    private final List<Call> calls = new ArrayList<>();

    synchronized void add(Call call) {
        calls.add(call);
    }

    /** The calls that started in [{@code from}, {@code to}). */
    synchronized List<Call> between(Instant from, Instant to) {
        return calls.stream()
                .filter(c -> !c.at().isBefore(from) && c.at().isBefore(to))
                .toList();
    }

    /** How many calls of each kind among {@code calls}, kinds sorted. */
    static Map<String, Long> count(List<Call> calls, Predicate<Call> which) {
        Map<String, Long> counts = new TreeMap<>();
        calls.stream().filter(which).forEach(c -> counts.merge(c.kind(), 1L, Long::sum));
        return counts;
    }
}
