package io.deltashare.e2e.faults;

import java.time.Duration;
import java.util.function.Supplier;

/** What a well-behaved client does about "not now": tries again, a second later, for a while. */
final class Retry {

    static final Duration PATIENCE = Duration.ofSeconds(120);

    private Retry() {}

    /** Calls until the answer is not a passing one (no answer, 502–504), or until patience runs out. */
    static Gateway.Answer untilAnswered(Supplier<Gateway.Answer> call) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Gateway.Answer answer = call.get();
        while (answer.passing() && System.nanoTime() < deadline) {
            pause(Duration.ofSeconds(1));
            answer = call.get();
        }
        return answer;
    }

    static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
