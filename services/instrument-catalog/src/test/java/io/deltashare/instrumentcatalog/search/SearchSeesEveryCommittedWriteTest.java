package io.deltashare.instrumentcatalog.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
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
 * Every search must see the write its client committed before sending it.
 */
@QuarkusTest
class SearchSeesEveryCommittedWriteTest {

    private static final int CLIENTS = 8;
    private static final int WRITES_EACH = 15;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everySearchSeesTheWritesCommittedBeforeItWhileOthersWriteAndSearch() throws Exception {
        UUID provider = UUID.randomUUID();
        try (Connection db = dataSource.getConnection();
                PreparedStatement insert = db.prepareStatement("""
                        INSERT INTO provider (id, organization_id, name_zh, name_en, region, city, type,
                                              accreditations, contact_email, contact_phone, version)
                        VALUES (?, ?, '并发测试中心', 'Concurrency test centre', 'CN-JS', 'Suzhou', 'INSTITUTE', 'CMA',
                                'concurrency-test@example.org', NULL, 0)""")) {
            insert.setObject(1, provider);
            insert.setObject(2, UUID.randomUUID());
            insert.executeUpdate();
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
                for (String sql :
                        List.of("DELETE FROM instrument WHERE provider_id = ?", "DELETE FROM provider WHERE id = ?")) {
                    try (PreparedStatement delete = db.prepareStatement(sql)) {
                        delete.setObject(1, provider);
                        delete.executeUpdate();
                    }
                }
            }
        }
    }

    /** Lists, renames and withdraws instruments one after another, searching after each commit. */
    private List<String> writeAndSearch(UUID provider) throws SQLException {
        List<String> missed = new ArrayList<>();
        try (Connection db = dataSource.getConnection()) {
            for (int i = 0; i < WRITES_EACH; i++) {
                UUID id = UUID.randomUUID();
                String word = "conc" + id.toString().substring(0, 8);
                String renamed = "renamed" + id.toString().substring(0, 8);
                insert(db, id, provider, word);
                if (!found(word).equals(List.of(id.toString()))) {
                    missed.add("listed " + word);
                }
                update(db, id, "search_text = '" + renamed + "'");
                if (!found(renamed).equals(List.of(id.toString()))
                        || !found(word).isEmpty()) {
                    missed.add("renamed " + word);
                }
                update(db, id, "status = 'WITHDRAWN'");
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

    private static void insert(Connection db, UUID id, UUID provider, String word) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO instrument (id, provider_id, provider_region, provider_city, name_zh, name_en,
                                        description_zh, description_en, category, manufacturer, model,
                                        original_value_fen, location, booking_mode, academic_price_fen,
                                        enterprise_price_fen, voucher_eligible, opening_hours, min_duration_minutes,
                                        max_duration_minutes, lead_time_hours, approval_required, status, name_text,
                                        search_text, version)
                VALUES (?, ?, 'CN-JS', 'Suzhou', '并发', ?, '', '', 'nmr', 'Test', 'T', 100, 'Lab', 'SLOT', 100, 100,
                        true, 'MONDAY 08:30-17:00', 60, 120, 0, false, 'ACTIVE', ?, ?, 0)""")) {
            insert.setObject(1, id);
            insert.setObject(2, provider);
            insert.setString(3, word);
            insert.setString(4, word);
            insert.setString(5, word);
            insert.executeUpdate();
        }
    }

    private static void update(Connection db, UUID id, String assignment) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE instrument SET " + assignment + " WHERE id = ?")) {
            update.setObject(1, id);
            update.executeUpdate();
        }
    }
}
