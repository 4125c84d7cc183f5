package io.deltashare.platform.testapp;

import static io.restassured.RestAssured.given;

import io.deltashare.testkit.keycloak.Keycloak;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests as demo users of the real deltashare realm. */
public final class Requests {

    private Requests() {}

    public static String firmToken() {
        return Keycloak.shared().tokens().forUser("firm.js-biomed", "demo");
    }

    public static RequestSpecification asFirm() {
        return given().auth().oauth2(firmToken()).contentType(ContentType.JSON);
    }

    public static RequestSpecification asBureau() {
        return given().auth()
                .oauth2(Keycloak.shared().tokens().forUser("bureau.js", "demo"))
                .contentType(ContentType.JSON);
    }

    public static RequestSpecification asAdmin() {
        return given().auth()
                .oauth2(Keycloak.shared().tokens().forUser("admin.platform", "demo"))
                .contentType(ContentType.JSON);
    }

    public static String tally(String label, String amount) {
        return "{\"label\":\"" + label + "\",\"amount\":{\"amount\":\"" + amount
                + "\",\"currency\":\"CNY\"},\"kind\":\"SAMPLE\"}";
    }
}
