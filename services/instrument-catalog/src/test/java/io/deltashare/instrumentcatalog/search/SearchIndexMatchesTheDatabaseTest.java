package io.deltashare.instrumentcatalog.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.deltashare.instrumentcatalog.search.domain.SearchText;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The in-memory index finds what the database's own search finds, in the same order, page after page: random queries
 * (word prefixes, Han runs, mixed and full-width keywords, every filter and sort) over random listings, answered once
 * through the API and once by SQL over the same rows ({@code catalog_words} word index and {@code strpos}, the search
 * the index replaced). Then rows change and are inserted behind the service's back (as another replica would), and
 * finally deleted, and the answers still agree.
 */
@QuarkusTest
class SearchIndexMatchesTheDatabaseTest {

    private static final String[] WORDS = {
        "zorvex", "zorvane", "zorb", "kelthar", "kelp-9", "quantix", "x-ray", "lc-ms/ms", "6500+", "αβγ", "nmr"
    };
    private static final String HAN = "甲乙丙丁戊己";
    private static final String[] REGIONS = {"CN-SH", "CN-JS", "CN-ZJ", "CN-AH"};
    private static final String[] CITIES = {"Shanghai", "Nanjing", "Hangzhou", "Hefei"};
    private static final String[] CATEGORIES = {"nmr", "electron-microscopy", "chromatography"};
    private static final String[] STATUSES = {"ACTIVE", "ACTIVE", "ACTIVE", "MAINTENANCE", "WITHDRAWN"};

    @Inject
    AgroalDataSource dataSource;

    private final Random random = new Random(20261202);
    private UUID provider;
    private final List<UUID> rows = new ArrayList<>();

    @Test
    void theIndexAnswersEveryQueryAsTheDatabaseDoesBeforeAndAfterChangesBehindItsBack() throws Exception {
        try (Connection db = dataSource.getConnection()) {
            provider = RowsBehindTheService.provider(db);
            try {
                answersAgreeAsRowsComeChangeAndGo(db);
            } finally {
                RowsBehindTheService.delete(db, provider);
            }
        }
    }

    private void answersAgreeAsRowsComeChangeAndGo(Connection db) throws SQLException {
        for (int i = 0; i < 400; i++) {
            rows.add(insert(db));
        }
        assertSameAnswers(db, 100, true, "after the first load");

        for (int i = 0; i < 150; i++) {
            rewrite(db, rows.get(random.nextInt(rows.size())));
        }
        for (int i = 0; i < 50; i++) {
            rows.add(insert(db));
        }
        assertSameAnswers(db, 100, true, "after rows changed and new ones came behind the service's back");

        RowsBehindTheService.delete(db, provider);
        assertThat(apiIds("provider=" + provider + "&sort=price&limit=100", 1))
                .as("deleted rows are no longer found")
                .isEmpty();
        assertSameAnswers(db, 10, false, "after the rows were deleted");
    }

    private void assertSameAnswers(Connection db, int queries, boolean rowsExist, String when) throws SQLException {
        int nonEmpty = 0;
        for (int n = 0; n < queries; n++) {
            Query query = randomQuery();
            List<String> expected = databaseIds(db, query);
            int limit = List.of(3, 7, 40).get(random.nextInt(3));
            int pages = 8;
            List<String> found = apiIds(query.parameters() + "&limit=" + limit, pages);
            List<String> expectedPages = expected.subList(0, Math.min(expected.size(), limit * pages));
            assertThat(found)
                    .as("%s: %s (%d rows by SQL)", when, query.parameters(), expected.size())
                    .containsExactlyElementsOf(expectedPages);
            nonEmpty += expected.isEmpty() ? 0 : 1;
        }
        if (rowsExist) {
            assertThat(nonEmpty).as("%s: queries that found something", when).isGreaterThan(queries / 3);
        }
    }

    /** A search's filters as API parameters and as what SQL reads. */
    private record Query(Map<String, String> filters, String q, String sort, String tier) {

        String parameters() {
            Map<String, String> all = new LinkedHashMap<>(filters);
            if (q != null) {
                all.put("q", q);
            }
            all.put("sort", sort);
            if (tier != null) {
                all.put("tier", tier);
            }
            return all.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
        }
    }

    private Query randomQuery() {
        List<String> keywords = new ArrayList<>();
        int count = random.nextInt(4);
        for (int k = 0; k < count; k++) {
            keywords.add(randomKeyword());
        }
        String q = keywords.isEmpty() ? null : String.join(" ", keywords);
        Map<String, String> filters = new LinkedHashMap<>();
        if (random.nextInt(3) > 0) {
            filters.put("provider", provider.toString());
        }
        if (random.nextInt(4) == 0) {
            filters.put("region", REGIONS[random.nextInt(REGIONS.length)]);
        }
        if (random.nextInt(4) == 0) {
            filters.put("city", CITIES[random.nextInt(CITIES.length)].toUpperCase());
        }
        if (random.nextInt(4) == 0) {
            filters.put("category", CATEGORIES[random.nextInt(CATEGORIES.length)]);
        }
        if (random.nextInt(5) == 0) {
            filters.put("mode", random.nextBoolean() ? "SLOT" : "SAMPLE");
        }
        if (random.nextInt(5) == 0) {
            filters.put("voucherEligible", Boolean.toString(random.nextBoolean()));
        }
        String tier = random.nextBoolean() ? "ACADEMIC" : null;
        if (random.nextInt(3) == 0) {
            filters.put("maxPrice", Integer.toString(100 + random.nextInt(900)));
        }
        List<String> sorts = q == null ? List.of("price", "name") : List.of("relevance", "price", "name");
        return new Query(filters, q, sorts.get(random.nextInt(sorts.size())), tier);
    }

    private String randomKeyword() {
        String word = WORDS[random.nextInt(WORDS.length)];
        return switch (random.nextInt(6)) {
            case 0 -> word.substring(0, 1 + random.nextInt(word.length()));
            case 1 -> hanRun(1 + random.nextInt(3));
            case 2 -> word.substring(0, 1 + random.nextInt(word.length())) + hanRun(2);
            case 3 -> toFullWidth(word.substring(0, Math.min(4, word.length())));
            case 4 -> word.toUpperCase();
            default -> hanRun(1 + random.nextInt(2)) + "。" + word;
        };
    }

    private String hanRun(int length) {
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < length; i++) {
            run.append(HAN.charAt(random.nextInt(HAN.length())));
        }
        return run.toString();
    }

    private static String toFullWidth(String ascii) {
        StringBuilder wide = new StringBuilder();
        ascii.chars().forEach(c -> wide.append(c >= '!' && c <= '~' ? (char) (c - '!' + 0xFF01) : (char) c));
        return wide.toString();
    }

    private List<String> apiIds(String parameters, int maxPages) {
        List<String> ids = new ArrayList<>();
        String next = "/api/v1/instruments?" + parameters;
        for (int page = 0; page < maxPages && next != null; page++) {
            JsonPath body = given().urlEncodingEnabled(false)
                    .get(next)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            ids.addAll(body.getList("items.id"));
            next = body.getString("next");
        }
        return ids;
    }

    /** The search the index replaced, in SQL: its word index, its exact Han substrings and its scores. */
    private static List<String> databaseIds(Connection db, Query query) throws SQLException {
        List<Object> values = new ArrayList<>();
        StringBuilder where = new StringBuilder("x.status IN ('ACTIVE', 'MAINTENANCE')");
        StringBuilder score = new StringBuilder("0");
        for (String keyword : SearchText.keywords(query.q())) {
            if (SearchText.hasWords(keyword)) {
                where.append(" AND catalog_words(x.search_text) @@ catalog_word_query(?)");
                values.add(keyword);
            }
            for (String run : SearchText.hanRuns(keyword)) {
                where.append(" AND strpos(x.search_text, ?) > 0");
                values.add(run);
            }
        }
        Map<String, String> f = query.filters();
        String price = "ACADEMIC".equals(query.tier()) ? "x.academic_price_fen" : "x.enterprise_price_fen";
        filter(where, values, "x.provider_id = CAST(? AS uuid)", f.get("provider"));
        filter(where, values, "x.provider_region = ?", f.get("region"));
        filter(where, values, "lower(x.provider_city) = lower(?)", f.get("city"));
        filter(where, values, "x.category = ?", f.get("category"));
        filter(where, values, "x.booking_mode = ?", f.get("mode"));
        filter(where, values, "x.voucher_eligible = CAST(? AS boolean)", f.get("voucherEligible"));
        filter(where, values, price + " <= CAST(? AS bigint) * 100", f.get("maxPrice"));
        List<Object> scoreValues = new ArrayList<>();
        for (String keyword : SearchText.keywords(query.q())) {
            score.append(" + CASE WHEN strpos(x.name_text, ?) > 0 THEN 2 ELSE 1 END");
            scoreValues.add(keyword);
        }
        String order = switch (query.sort()) {
            case "relevance" -> "(" + score + ") DESC";
            case "price" -> price + " ASC";
            default -> "lower(x.name_en) COLLATE \"C\", x.name_en COLLATE \"C\"";
        };
        List<Object> all = new ArrayList<>(values);
        if (query.sort().equals("relevance")) {
            all.addAll(scoreValues); // ORDER BY comes after WHERE
        }
        String sql = "SELECT x.id FROM instrument x WHERE " + where + " ORDER BY " + order + ", x.id";
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < all.size(); i++) {
                statement.setObject(i + 1, all.get(i));
            }
            List<String> ids = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    ids.add(result.getString(1));
                }
            }
            return ids;
        }
    }

    private static void filter(StringBuilder where, List<Object> values, String condition, String value) {
        if (value != null) {
            where.append(" AND ").append(condition);
            values.add(value);
        }
    }

    private UUID insert(Connection db) throws SQLException {
        UUID id = RowsBehindTheService.instrument(db, provider);
        rewrite(db, id);
        return id;
    }

    /** Gives row {@code id} new random names, texts, filters, prices and status, straight in the table. */
    private void rewrite(Connection db, UUID id) throws SQLException {
        String nameZh = hanRun(2 + random.nextInt(4));
        String nameEn = randomPhrase(1 + random.nextInt(2));
        String description = hanRun(random.nextInt(6)) + " " + randomPhrase(random.nextInt(4)) + "，" + hanRun(3);
        int place = random.nextInt(REGIONS.length);
        RowsBehindTheService.update(
                db,
                id,
                "name_zh = ?, name_en = ?, description_zh = ?, provider_region = ?, provider_city = ?, category = ?, "
                        + "booking_mode = ?, voucher_eligible = ?, academic_price_fen = ?, enterprise_price_fen = ?, "
                        + "status = ?, name_text = ?, search_text = ?",
                nameZh,
                nameEn,
                description,
                REGIONS[place],
                CITIES[place],
                CATEGORIES[random.nextInt(CATEGORIES.length)],
                random.nextBoolean() ? "SLOT" : "SAMPLE",
                random.nextBoolean(),
                (1 + random.nextInt(1000)) * 100L,
                (1 + random.nextInt(1000)) * 100L,
                STATUSES[random.nextInt(STATUSES.length)],
                SearchText.of(nameZh, nameEn),
                SearchText.of(nameZh, nameEn, description, "Index"));
    }

    private String randomPhrase(int words) {
        List<String> phrase = new ArrayList<>();
        for (int i = 0; i < words; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            phrase.add(random.nextInt(4) == 0 ? word.toUpperCase() : word);
        }
        return String.join(" ", phrase);
    }
}
