package io.deltashare.sdk.examples;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a partner's Java endpoint checks a webhook delivery (docs/partners.md): {@code DeltaShare-Signature} is
 * {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the subscription's secret>}. Compile-checked
 * and tested by the build, so the guide's code works.
 */
public final class WebhookVerification {

    /** How far the signing time may be from the receiver's clock: an older delivery is a replay. */
    static final Duration TOLERANCE = Duration.ofMinutes(5);

    private WebhookVerification() {}

    /** Whether {@code signature} signs {@code rawBody} with {@code secret}, within {@link #TOLERANCE} of {@code now}. */
    public static boolean verify(String secret, String signature, String rawBody, Instant now) {
        String t = null;
        String v1 = null;
        for (String part : signature.split(",")) {
            if (part.startsWith("t=")) {
                t = part.substring(2);
            } else if (part.startsWith("v1=")) {
                v1 = part.substring(3);
            }
        }
        if (t == null || v1 == null || !t.matches("\\d{1,12}")) {
            return false;
        }
        if (Duration.between(Instant.ofEpochSecond(Long.parseLong(t)), now)
                        .abs()
                        .compareTo(TOLERANCE)
                > 0) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal((t + "." + rawBody).getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(
                    expected, HexFormat.of().parseHex(v1.length() == 64 ? v1 : "00")); // constant time
        } catch (GeneralSecurityException | IllegalArgumentException notASignature) {
            return false;
        }
    }
}
