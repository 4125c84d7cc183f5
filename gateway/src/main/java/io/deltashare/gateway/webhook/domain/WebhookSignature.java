package io.deltashare.gateway.webhook.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code DeltaShare-Signature} header of a delivery: {@code t=<unix seconds>,v1=<hex HMAC-SHA256>} where the MAC is
 * taken with the subscription's secret over {@code <t>.<body>}. Signing the timestamp with the body lets a receiver
 * refuse replays of an old delivery (it should accept only timestamps within a few minutes of its clock).
 */
public final class WebhookSignature {

    public static final String HEADER = "DeltaShare-Signature";

    private WebhookSignature() {}

    public static String header(String secret, long epochSeconds, String body) {
        return "t=" + epochSeconds + ",v1=" + hmac(secret, epochSeconds + "." + body);
    }

    static String hmac(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException noHmacSha256) {
            throw new IllegalStateException("the JDK lacks HmacSHA256", noHmacSha256);
        }
    }
}
