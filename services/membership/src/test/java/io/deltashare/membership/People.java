package io.deltashare.membership;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deltashare.testkit.keycloak.Keycloak;
import io.deltashare.testkit.keycloak.KeycloakAdmin;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** People who signed up themselves (a user in the realm, no role, no organization), and what their tokens say. */
public final class People {

    public static final String PASSWORD = "Signed-up-2026";

    private People() {}

    /** A new person as self-registration leaves them; their user name. */
    public static String signedUp() {
        String username = "person-" + UUID.randomUUID().toString().substring(0, 12);
        new KeycloakAdmin(Keycloak.shared())
                .create(
                        "/deltashare/users",
                        Map.of(
                                "username",
                                username,
                                "email",
                                username + "@example.cn",
                                "emailVerified",
                                true,
                                "firstName",
                                "Xiao",
                                "lastName",
                                "Wang",
                                "enabled",
                                true,
                                "credentials",
                                List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false))));
        return username;
    }

    public static RequestSpecification as(String username) {
        return given().auth().oauth2(token(username)).contentType("application/json");
    }

    /** A fresh token: what the person's next sign-in gets. */
    public static String token(String username) {
        return Keycloak.shared().tokens().forUser(username, username.startsWith("person-") ? PASSWORD : "demo");
    }

    /** The claims of the person's next token. */
    public static JsonNode claims(String username) {
        String payload = token(username).split("\\.")[1];
        try {
            return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(payload));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
