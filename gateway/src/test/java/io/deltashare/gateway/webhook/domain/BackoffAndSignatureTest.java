package io.deltashare.gateway.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffAndSignatureTest {

    @Test
    void backoffDoublesUpToItsCeilingAndGivesUpAfterItsAttempts() {
        Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(1), 5);
        assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(backoff.delayAfter(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(backoff.delayAfter(4)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.delayAfter(400)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.triesAgainAfter(4)).isTrue();
        assertThat(backoff.triesAgainAfter(5)).isFalse();
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofMinutes(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSignatureIsHmacSha256OfTimestampDotBody() {
        // RFC 4231 test case 2 gives HMAC-SHA256("Jefe", "what do ya want for nothing?")
        assertThat(WebhookSignature.hmac("Jefe", "what do ya want for nothing?"))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        assertThat(WebhookSignature.header("Jefe", 1_700_000_000L, "{}"))
                .isEqualTo("t=1700000000,v1=" + WebhookSignature.hmac("Jefe", "1700000000.{}"));
    }
}
