package io.deltashare.instrumentcatalog.changes;

import static io.deltashare.instrumentcatalog.CatalogFixtures.a700MhzNmr;
import static io.deltashare.instrumentcatalog.CatalogFixtures.aTensileTestingPackage;
import static io.deltashare.instrumentcatalog.CatalogFixtures.approved;
import static io.deltashare.instrumentcatalog.CatalogFixtures.asHefeiInstituteStaff;
import static io.deltashare.instrumentcatalog.CatalogFixtures.hefeiInstitute;
import static io.deltashare.instrumentcatalog.CatalogFixtures.listedAs;
import static io.deltashare.instrumentcatalog.CatalogFixtures.money;
import static io.deltashare.instrumentcatalog.CatalogFixtures.offeredAs;
import static io.deltashare.instrumentcatalog.CatalogFixtures.with;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.deltashare.instrumentcatalog.changes.application.FeedBackfill;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The public change feed a province platform mirrors the catalog with: every listing, change, repricing and withdrawal
 * once and in order after a cursor, filtered by region and category, and never a change skipped because it committed
 * after a later one.
 */
@QuarkusTest
class CatalogChangesApiTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    FeedBackfill backfill;

    /** Reads the feed after {@code cursor} to its end; the changes read, and the last cursor as the final element. */
    private static List<Map<String, Object>> readOn(String cursor, String query, List<String> cursors) {
        List<Map<String, Object>> changes = new ArrayList<>();
        String since = cursor;
        while (true) {
            JsonPath page = given().queryParam("limit", 50)
                    .queryParam("since", since)
                    .get("/api/v1/catalog-changes" + query)
                    .then()
                    .statusCode(200)
                    .header("Cache-Control", "no-store")
                    .extract()
                    .jsonPath();
            changes.addAll(page.getList("items"));
            since = page.getString("cursor");
            if (page.getString("next") == null) {
                cursors.add(since);
                return changes;
            }
        }
    }

    private static String endOfFeed() {
        List<String> cursors = new ArrayList<>();
        readOn("", "", cursors);
        return cursors.get(0);
    }

    @Test
    void aMirrorReadsEachListingItsChangesRepricingAndWithdrawalOnceInOrder() {
        String start = endOfFeed();
        String id = listedAs(asHefeiInstituteStaff(), hefeiInstitute(), a700MhzNmr(), null);
        Map<String, Object> repriced =
                with(a700MhzNmr(), "prices", Map.of("academic", money("180.00"), "enterprise", money("450.00")));
        revised(id, repriced);
        revised(id, with(repriced, "location", "Building 7, Room 201"));
        asHefeiInstituteStaff()
                .post("/api/v1/instruments/" + id + "/withdrawal")
                .then()
                .statusCode(200);

        List<String> cursors = new ArrayList<>();
        List<Map<String, Object>> mine = readOn(start, "?region=CN-AH&category=nmr", cursors).stream()
                .filter(change -> id.equals(change.get("id")))
                .toList();
        assertThat(mine)
                .extracting(change -> change.get("change"))
                .containsExactly("LISTED", "PRICE_CHANGED", "CHANGED", "WITHDRAWN");
        assertThat(mine).allSatisfy(change -> {
            assertThat(change.get("subject")).isEqualTo("INSTRUMENT");
            assertThat(change.get("region")).isEqualTo("CN-AH");
            assertThat(change.get("category")).isEqualTo("nmr");
        });
        assertThat(((Map<?, ?>) ((Map<?, ?>) mine.get(1).get("listing")).get("enterprisePrice")).get("amount"))
                .isEqualTo("450.00");
        assertThat(((Map<?, ?>) mine.get(3).get("listing")).get("status")).isEqualTo("WITHDRAWN");

        // other regions' and categories' mirrors do not see it; read on from the end, nothing is repeated
        assertThat(readOn(start, "?region=CN-SH", new ArrayList<>())).noneMatch(change -> id.equals(change.get("id")));
        assertThat(readOn(start, "?category=electron-microscopy", new ArrayList<>()))
                .noneMatch(change -> id.equals(change.get("id")));
        given().queryParam("since", cursors.get(0))
                .queryParam("region", "CN-AH")
                .queryParam("category", "nmr")
                .get("/api/v1/catalog-changes")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0))
                .body("cursor", equalTo(cursors.get(0)));
    }

    @Test
    void servicesAreInTheFeedBesideInstruments() {
        String start = endOfFeed();
        String offer = offeredAs(asHefeiInstituteStaff(), hefeiInstitute(), aTensileTestingPackage());
        asHefeiInstituteStaff()
                .post("/api/v1/service-offers/" + offer + "/withdrawal")
                .then()
                .statusCode(200);

        assertThat(readOn(start, "?category=mechanical-testing", new ArrayList<>()).stream()
                        .filter(change -> offer.equals(change.get("id"))))
                .extracting(change -> change.get("subject") + " " + change.get("change"))
                .containsExactly("SERVICE_OFFER LISTED", "SERVICE_OFFER WITHDRAWN");
    }

    /** The staff revise the live instrument; the admin approves the revision, which publishes it. */
    private static void revised(String id, Map<String, Object> details) {
        String etag = asHefeiInstituteStaff()
                .get("/api/v1/instruments/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        asHefeiInstituteStaff()
                .header("If-Match", etag)
                .body(details)
                .put("/api/v1/instruments/" + id)
                .then()
                .statusCode(200);
        approved(id);
    }

    @Test
    void listingsFromBeforeTheFeedAreAddedOnceAsListedWithTheirCurrentSnapshot() throws Exception {
        String instrument = listedAs(asHefeiInstituteStaff(), hefeiInstitute(), a700MhzNmr(), null);
        String offer = offeredAs(asHefeiInstituteStaff(), hefeiInstitute(), aTensileTestingPackage());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement forget = connection.prepareStatement(
                        "DELETE FROM catalog_change WHERE subject_id IN (?::uuid, ?::uuid)")) {
            forget.setString(1, instrument);
            forget.setString(2, offer);
            assertThat(forget.executeUpdate()).isGreaterThanOrEqualTo(2); // as if listed before the feed existed
        }
        String start = endOfFeed();

        assertThat(backfill.backfill()).isEqualTo(2);
        assertThat(backfill.backfill()).isZero(); // a restart adds nothing

        List<Map<String, Object>> added = readOn(start, "", new ArrayList<>());
        assertThat(added)
                .extracting(c -> c.get("id") + " " + c.get("change"))
                .containsExactlyInAnyOrder(instrument + " LISTED", offer + " LISTED");
        assertThat(added)
                .filteredOn(c -> c.get("id").equals(instrument))
                .singleElement()
                .satisfies(c ->
                        assertThat(((Map<?, ?>) c.get("listing")).get("id")).isEqualTo(instrument));
    }

    @Test
    void aChangeThatCommitsAfterALaterOneIsHeldBackUntilThenNeverSkipped() throws Exception {
        String start = endOfFeed();
        UUID early = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        try (Connection first = dataSource.getConnection();
                Connection second = dataSource.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            append(first, early); // begins first, commits last
            append(second, late);
            second.commit();

            List<String> cursors = new ArrayList<>();
            assertThat(readOn(start, "?region=CN-GD", cursors)).isEmpty(); // the later one waits for the earlier
            first.commit();
            assertThat(readOn(cursors.get(0), "?region=CN-GD", new ArrayList<>()))
                    .extracting(change -> change.get("id"))
                    .containsExactly(early.toString(), late.toString());
        }
    }

    private static void append(Connection connection, UUID id) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO catalog_change (subject, subject_id, change, region, category, changed_at, snapshot)"
                        + " VALUES ('INSTRUMENT', ?, 'LISTED', 'CN-GD', 'nmr', now(), '{\"status\": \"LIVE\"}')")) {
            insert.setObject(1, id);
            insert.executeUpdate();
        }
    }

    @Test
    void aCursorOrLimitOrRegionThatIsNotOneIsA400NamingIt() {
        given().queryParam("since", "not-a-cursor")
                .get("/api/v1/catalog-changes")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("since"));
        given().queryParam("limit", 501).get("/api/v1/catalog-changes").then().statusCode(400);
        given().queryParam("region", "nowhere")
                .get("/api/v1/catalog-changes")
                .then()
                .statusCode(400);
    }
}
