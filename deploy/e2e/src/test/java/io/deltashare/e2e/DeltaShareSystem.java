package io.deltashare.e2e;

import io.deltashare.local.DemoData;
import io.deltashare.local.LocalSystem;
import io.deltashare.testkit.keycloak.Tokens;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * The whole system for the journeys, started once per JVM exactly like {@code deploy/local/run} (on free ports, with
 * fresh data, and loopback webhook receivers allowed) and stopped when the JVM exits.
 */
final class DeltaShareSystem {

    private static DeltaShareSystem shared;

    private final LocalSystem system;
    private final Tokens tokens;

    private DeltaShareSystem(LocalSystem system) {
        this.system = system;
        this.tokens = new Tokens(system.keycloakUrl() + "/realms/deltashare");
    }

    static synchronized DeltaShareSystem shared() throws Exception {
        if (shared == null) {
            Path repo = Path.of(System.getProperty("testkit.repo-root", "../..")).toAbsolutePath().normalize();
            Path data = Files.createTempDirectory("deltashare-e2e-");
            LocalSystem system = new LocalSystem(repo, data, LocalSystem.Ports.free(),
                    line -> System.out.println("[e2e] " + line), Map.of(
                    "GATEWAY_WEBHOOKS_ALLOW_LOOPBACK", "true",
                    "GATEWAY_WEBHOOKS_FIRST_RETRY_AFTER", "1s",
                    "GATEWAY_WEBHOOKS_POLL_EVERY", "200ms"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                system.close();
                LocalSystem.deleteTree(data);
            }, "stop-e2e-system"));
            system.start();
            new DemoData(system.gatewayUrl(), new Tokens(system.keycloakUrl() + "/realms/deltashare"),
                    line -> System.out.println("[e2e] " + line)).load();
            shared = new DeltaShareSystem(system);
        }
        return shared;
    }

    /** A request through the gateway as a demo user (password {@code demo}). */
    RequestSpecification as(String user) {
        return RestAssured.given().baseUri(system.gatewayUrl()).auth().oauth2(tokens.forUser(user, "demo"))
                .contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString());
    }

    /** A request through the gateway as the demo partner client. */
    RequestSpecification asPartner() {
        return RestAssured.given().baseUri(system.gatewayUrl())
                .auth().oauth2(tokens.forClient("partner-yangtze-lab-portal", "partner-demo-secret"))
                .contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString());
    }

    RequestSpecification anonymous() {
        return RestAssured.given().baseUri(system.gatewayUrl());
    }
}
