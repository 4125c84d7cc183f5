package io.deltashare.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookVerificationTest {

    private static final String SECRET = "whsec-example-secret";
    private static final String BODY = "{\"deliveryId\":\"6f7c2e1a-0000-4000-8000-000000000001\","
            + "\"type\":\"io.deltashare.booking.BookingConfirmed.v1\"}";
    /** As the gateway signs ({@code WebhookSignature}); the same vector the guide's TypeScript and Python check. */
    private static final String SIGNATURE =
            "t=1795420800,v1=5a23264c365705bb4295076171d951df564b22f7266bded80e2131a0584ddfea";

    private static final Instant SIGNED = Instant.ofEpochSecond(1795420800);

    @Test
    void aDeliveryAsSignedIsAccepted() {
        assertThat(WebhookVerification.verify(SECRET, SIGNATURE, BODY, SIGNED.plusSeconds(30)))
                .isTrue();
    }

    @Test
    void aChangedBodyAnotherSecretAReplayOrAMalformedHeaderIsRefused() {
        assertThat(WebhookVerification.verify(SECRET, SIGNATURE, BODY.replace("Confirmed", "Cancelled"), SIGNED))
                .isFalse();
        assertThat(WebhookVerification.verify("another-secret", SIGNATURE, BODY, SIGNED))
                .isFalse();
        assertThat(WebhookVerification.verify(SECRET, SIGNATURE, BODY, SIGNED.plusSeconds(301)))
                .isFalse();
        assertThat(WebhookVerification.verify(SECRET, "v1=5a23", BODY, SIGNED)).isFalse();
        assertThat(WebhookVerification.verify(SECRET, "t=1795420800,v1=zz", BODY, SIGNED))
                .isFalse();
    }
}
