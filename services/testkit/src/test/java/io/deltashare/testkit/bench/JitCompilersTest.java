package io.deltashare.testkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class JitCompilersTest {

    @Test
    void theCompilersAreSettledOnlyUnderATwentiethOfTheSlice() {
        Duration slice = Duration.ofSeconds(10);

        assertThat(JitCompilers.settledDuring(slice, Duration.ofMillis(499))).isTrue();
        assertThat(JitCompilers.settledDuring(slice, Duration.ofMillis(500))).isFalse();
        assertThat(JitCompilers.settledDuring(slice, Duration.ofSeconds(12))).isFalse();
    }

    @Test
    void theCompilersTimeIsThisJvmsOwnOnceItHasCompiledHotCode() {
        // a method called often enough to be compiled, as JUnit's own code has been by now
        long sum = IntStream.range(0, 200_000).mapToLong(JitCompilersTest::work).sum();

        assertThat(sum).isPositive();
        assertThat(JitCompilers.total()).isPositive();
    }

    private static long work(int i) {
        return Long.numberOfTrailingZeros(i * 31L + 7) + 1;
    }
}
