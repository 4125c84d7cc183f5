package io.deltashare.instrumentcatalog.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Read-your-writes under concurrency: writers commit straight in the table (as another replica would) and search for
 * what they wrote at once, while others do the same, so that searches keep arriving during each other's catch-ups.
 * Every search must see the write its client committed before sending it (a listing written empty, then given its
 * word).
 */
@QuarkusTest
class SearchSeesEveryCommittedWriteTest {

    private static final int CLIENTS = 8;
    private static final int WRITES_EACH = 15;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everySearchSeesTheWritesCommittedBeforeItWhileOthersWriteAndSearch() throws Exception {
        UUID provider;
        try (Connection db = dataSource.getConnection()) {
            provider = RowsBehindTheService.provider(db);
        }
        given().get("/api/v1/instruments?q=warmup").then().statusCode(200);

        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<List<String>>> misses = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                misses.add(clients.submit(() -> writeAndSearch(provider)));
            }
            List<String> missed = new ArrayList<>();
            for (Future<List<String>> client : misses) {
                missed.addAll(client.get());
            }
            assertThat(missed)
                    .as("searches that missed a write committed before them")
                    .isEmpty();
        } finally {
            clients.shutdownNow();
            try (Connection db = dataSource.getConnection()) {
                RowsBehindTheService.delete(db, provider);
            }
        }
    }

    /** Lists, renames and withdraws instruments one after another, searching after each commit. */
    private List<String> writeAndSearch(UUID provider) throws SQLException {
        List<String> missed = new ArrayList<>();
        try (Connection db = dataSource.getConnection()) {
            for (int i = 0; i < WRITES_EACH; i++) {
                UUID id = RowsBehindTheService.instrument(db, provider);
                String word = "conc" + id.toString().substring(0, 8);
                String renamed = "renamed" + id.toString().substring(0, 8);
                RowsBehindTheService.update(db, id, "search_text = ?", word);
                if (!found(word).equals(List.of(id.toString()))) {
                    missed.add("listed " + word);
                }
                RowsBehindTheService.update(db, id, "search_text = ?", renamed);
                if (!found(renamed).equals(List.of(id.toString()))
                        || !found(word).isEmpty()) {
                    missed.add("renamed " + word);
                }
                RowsBehindTheService.update(db, id, "status = 'WITHDRAWN'");
                if (!found(renamed).isEmpty()) {
                    missed.add("withdrawn " + word);
                }
            }
        }
        return missed;
    }

    private static List<String> found(String word) {
        return given().get("/api/v1/instruments?q=" + word)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id");
    }
}
