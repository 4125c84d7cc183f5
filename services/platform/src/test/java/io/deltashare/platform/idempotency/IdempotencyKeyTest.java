package io.deltashare.platform.idempotency;

import static io.deltashare.platform.testapp.Requests.asFirm;
import static io.deltashare.platform.testapp.Requests.firmToken;
import static io.deltashare.platform.testapp.Requests.tally;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.deltashare.platform.testapp.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyKeyTest {

    @Inject
    Db db;

    @Test
    void aReplayReturnsTheFirstResponseAndCreatesNothingNew() {
        String key = UUID.randomUUID().toString();
        String label = "idem-" + key.substring(0, 8);
        Response first = asFirm().header("Idempotency-Key", key)
                .body(tally(label, "5.00"))
                .post("/api/v1/tallies");
        Response replay = asFirm().header("Idempotency-Key", key)
                .body(tally(label, "5.00"))
                .post("/api/v1/tallies");

        first.then().statusCode(201);
        replay.then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first.path("id")));
        assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
        assertThat(db.count("SELECT count(*) FROM tally WHERE label = ?", label))
                .isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsA422() {
        String key = UUID.randomUUID().toString();
        asFirm().header("Idempotency-Key", key)
                .body(tally("first body", "5.00"))
                .post("/api/v1/tallies")
                .then()
                .statusCode(201);

        asFirm().header("Idempotency-Key", key)
                .body(tally("second body", "6.00"))
                .post("/api/v1/tallies")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://deltashare.io/problems/idempotency-key-reused"));
        assertThat(db.count("SELECT count(*) FROM tally WHERE label = 'second body'"))
                .isZero();
    }

    @Test
    void aRejectedRequestDoesNotUseUpItsKey() {
        String key = UUID.randomUUID().toString();
        asFirm().header("Idempotency-Key", key)
                .body(tally("x", "1.001"))
                .post("/api/v1/tallies")
                .then()
                .statusCode(400);

        asFirm().header("Idempotency-Key", key)
                .body(tally("fixed-" + key, "1.00"))
                .post("/api/v1/tallies")
                .then()
                .statusCode(201);
    }

    @Test
    void concurrentRequestsWithOneKeyCreateExactlyOneTally() throws Exception {
        String key = UUID.randomUUID().toString();
        String label = "race-" + key.substring(0, 8);
        String token = firmToken();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> given().auth()
                        .oauth2(token)
                        .contentType(ContentType.JSON)
                        .header("Idempotency-Key", key)
                        .body(tally(label, "9.99"))
                        .post("/api/v1/tallies"));
            }
            List<String> ids = new ArrayList<>();
            for (Future<Response> answer : clients.invokeAll(calls)) {
                Response response = answer.get();
                assertThat(response.statusCode()).isEqualTo(201);
                ids.add(response.path("id"));
            }
            assertThat(ids).hasSize(8).containsOnly(ids.get(0));
        } finally {
            clients.shutdownNow();
        }
        assertThat(db.count("SELECT count(*) FROM tally WHERE label = ?", label))
                .isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM outbox_message WHERE payload LIKE ?", "%" + label + "%"))
                .isEqualTo(1);
    }
}
