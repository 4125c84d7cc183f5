package io.deltashare.instrumentcatalog.search;

import static io.deltashare.instrumentcatalog.CatalogFixtures.a700MhzNmr;
import static io.deltashare.instrumentcatalog.CatalogFixtures.aFieldEmissionSem;
import static io.deltashare.instrumentcatalog.CatalogFixtures.asHefeiInstituteStaff;
import static io.deltashare.instrumentcatalog.CatalogFixtures.asJiangsuFirm;
import static io.deltashare.instrumentcatalog.CatalogFixtures.hefeiInstitute;
import static io.deltashare.instrumentcatalog.CatalogFixtures.listedAs;
import static io.deltashare.instrumentcatalog.CatalogFixtures.listedInShanghai;
import static io.deltashare.instrumentcatalog.CatalogFixtures.money;
import static io.deltashare.instrumentcatalog.CatalogFixtures.with;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.deltashare.testkit.keycloak.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InstrumentSearchTest {

    @Test
    void aShortChineseKeywordFindsTheLongerChineseName() {
        String sem = listedInShanghai(aFieldEmissionSem());
        asJiangsuFirm().get("/api/v1/instruments?q=电镜").then().statusCode(200).body("items.id", hasItem(sem));
        asJiangsuFirm()
                .get("/api/v1/instruments?q=scanning electron")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(sem));
    }

    @Test
    void nmrAndItsChineseNameBothFindTheNmrSpectrometer() {
        String nmr = listedInShanghai(a700MhzNmr());
        asJiangsuFirm().get("/api/v1/instruments?q=NMR").then().statusCode(200).body("items.id", hasItem(nmr));
        asJiangsuFirm().get("/api/v1/instruments?q=核磁").then().statusCode(200).body("items.id", hasItem(nmr));
        asJiangsuFirm()
                .get("/api/v1/instruments?q=核磁 700")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(nmr));
    }

    @Test
    void anyoneWithoutATokenSearchesAndReadsTheCatalog() {
        String nmr = listedInShanghai(a700MhzNmr());
        given().get("/api/v1/instruments?q=核磁&region=CN-SH")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(nmr));
        String provider = given().get("/api/v1/instruments/" + nmr)
                .then()
                .statusCode(200)
                .body("enterprisePrice.amount", org.hamcrest.Matchers.notNullValue())
                .extract()
                .path("providerId");
        given().get("/api/v1/providers/" + provider).then().statusCode(200).body("region", equalTo("CN-SH"));
        given().get("/api/v1/providers?region=CN-SH").then().statusCode(200).body("items.id", hasItem(provider));
        given().get("/api/v1/instrument-categories").then().statusCode(200).body("code", hasItem("nmr"));
    }

    @Test
    void wordsMatchFromTheirStartAndChineseRunsAsExactSubstrings() {
        String marker = "KW" + UUID.randomUUID().toString().substring(0, 8);
        String sem = listedInShanghai(with(aFieldEmissionSem(), "model", marker));
        String found = "/api/v1/instruments?q=" + marker + " ";
        asJiangsuFirm().get(found + "micro").then().statusCode(200).body("items.id", hasItem(sem));
        asJiangsuFirm().get(found + "ＳＣＡＮＮＩＮＧ").then().statusCode(200).body("items.id", hasItem(sem));
        asJiangsuFirm().get(found + "扫描电镜").then().statusCode(200).body("items.id", hasItem(sem));
        asJiangsuFirm().get(found + "EDS能谱").then().statusCode(200).body("items.id", hasItem(sem));
        // a word is not found from its middle, and Chinese characters must stand together in that order
        asJiangsuFirm().get(found + "icroscope").then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
        asJiangsuFirm().get(found + "电镜扫描").then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
        // punctuation alone is no keyword
        asJiangsuFirm().get(found + "，-").then().statusCode(200).body("items.id", hasItem(sem));
    }

    @Test
    void instrumentsFollowTheirProviderToANewCity() {
        String provider = hefeiInstitute();
        String nmr = listedAs(asHefeiInstituteStaff(), provider, a700MhzNmr(), null);
        io.restassured.response.Response current = asJiangsuFirm().get("/api/v1/providers/" + provider);
        java.util.Map<String, Object> details =
                new java.util.HashMap<>(current.jsonPath().getMap("$"));
        details.keySet()
                .retainAll(List.of("name", "region", "city", "type", "accreditations", "contactEmail", "contactPhone"));
        String city = (String) details.get("city");
        // found once before the move, so that search keeps the view of the instrument in its old city
        asJiangsuFirm()
                .get("/api/v1/instruments?provider=" + provider)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(nmr))
                .body("items.city", everyItem(equalTo(city)));
        details.put("city", "Luyang " + city);
        String etag = io.deltashare.instrumentcatalog.CatalogFixtures.asOperator()
                .header("If-Match", current.header("ETag"))
                .body(details)
                .put("/api/v1/providers/" + provider)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        try {
            asJiangsuFirm()
                    .get("/api/v1/instruments?city=luyang hefei&provider=" + provider)
                    .then()
                    .statusCode(200)
                    .body("items.id", hasItem(nmr))
                    .body("items.city", everyItem(equalTo("Luyang " + city)));
            asJiangsuFirm()
                    .get("/api/v1/instruments/" + nmr)
                    .then()
                    .statusCode(200)
                    .body("city", equalTo("Luyang " + city));
        } finally {
            details.put("city", city);
            io.deltashare.instrumentcatalog.CatalogFixtures.asOperator()
                    .header("If-Match", etag)
                    .body(details)
                    .put("/api/v1/providers/" + provider)
                    .then()
                    .statusCode(200);
        }
        asJiangsuFirm()
                .get("/api/v1/instruments?city=hefei&provider=" + provider)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(nmr))
                .body("items.city", everyItem(equalTo(city)));
    }

    @Test
    void filtersNarrowByRegionCategoryModeVoucherAndPrice() {
        // not designated for vouchers by the Anhui bureau
        String hefeiNmr = listedAs(asHefeiInstituteStaff(), hefeiInstitute(), a700MhzNmr(), null);
        String shanghaiSem = listedInShanghai(aFieldEmissionSem());

        asJiangsuFirm()
                .get("/api/v1/instruments?region=CN-AH")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(hefeiNmr))
                .body("items.providerRegion", everyItem(equalTo("CN-AH")));
        asJiangsuFirm()
                .get("/api/v1/instruments?city=hefei&category=nmr&mode=SAMPLE")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(hefeiNmr))
                .body("items.category", everyItem(equalTo("nmr")));
        asJiangsuFirm()
                .get("/api/v1/instruments?voucherEligible=true")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(hefeiNmr)));
        asJiangsuFirm()
                .get("/api/v1/instruments?tier=ENTERPRISE&maxPrice=500")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(hefeiNmr))
                .body("items.id", not(hasItem(shanghaiSem)));
        asJiangsuFirm()
                .get("/api/v1/instruments?provider=" + hefeiInstitute())
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(shanghaiSem)));
    }

    @Test
    void withdrawnInstrumentsAreNotFound() {
        String marker = "WD-" + UUID.randomUUID().toString().substring(0, 8);
        String id = listedInShanghai(with(aFieldEmissionSem(), "model", marker));
        io.deltashare.instrumentcatalog.CatalogFixtures.asShanghaiCentreStaff()
                .post("/api/v1/instruments/" + id + "/withdrawal")
                .then()
                .statusCode(200);
        asJiangsuFirm()
                .get("/api/v1/instruments?q=" + marker)
                .then()
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void pagesFollowTheNextLinkUntilEveryHitWasSeenOnceInPriceOrder() {
        String marker = "PG-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            listed.add(listedInShanghai(with(
                    with(aFieldEmissionSem(), "model", marker),
                    "prices",
                    java.util.Map.of("academic", money("100.00"), "enterprise", money((i % 3 * 100 + 100) + ".00")))));
        }
        String token = Keycloak.shared().tokens().forUser("firm.js-biomed", "demo");
        List<String> seen = new ArrayList<>();
        List<Integer> prices = new ArrayList<>();
        String next = "/api/v1/instruments?q=" + marker + "&sort=price&limit=3";
        int pages = 0;
        while (next != null) {
            JsonPath page = given().auth()
                    .oauth2(token)
                    .get(next)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            seen.addAll(page.getList("items.id"));
            page.getList("items.enterprisePrice.amount", String.class)
                    .forEach(p -> prices.add(new java.math.BigDecimal(p).intValue()));
            next = page.getString("next");
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(listed);
        assertThat(prices).isSorted();
    }

    @Test
    void badSearchParametersAreA400NamingTheParameter() {
        asJiangsuFirm()
                .get("/api/v1/instruments?region=Anhui")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("region"));
        asJiangsuFirm()
                .get("/api/v1/instruments?mode=HOURLY")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("mode"));
        asJiangsuFirm()
                .get("/api/v1/instruments?maxPrice=cheap")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("maxPrice"));
        asJiangsuFirm()
                .get("/api/v1/instruments?limit=1000")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("limit"));
        asJiangsuFirm()
                .get("/api/v1/instruments?cursor=garbage")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("cursor"));
        asJiangsuFirm()
                .get("/api/v1/instruments?sort=relevance")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("sort"));
        asJiangsuFirm().get("/api/v1/instruments?voucherEligible=maybe").then().statusCode(400);
        given().get("/api/v1/instruments?sort=relevance")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("sort"));
    }

    @Test
    void categoriesAreTheSeededTaxonomy() {
        asJiangsuFirm()
                .get("/api/v1/instrument-categories")
                .then()
                .statusCode(200)
                .body("code", hasItem("electron-microscopy"))
                .body("code", hasItem("synchrotron-beamline"))
                .body("find { it.code == 'nmr' }.name.zh", equalTo("核磁共振"));
    }

    @Test
    void theSeededTaxonomyIsTheOneEventsAndVoucherProgramsName() {
        java.util.List<String> codes = asJiangsuFirm()
                .get("/api/v1/instrument-categories")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("code", String.class);
        org.assertj.core.api.Assertions.assertThat(codes)
                .containsExactlyInAnyOrderElementsOf(io.deltashare.contracts.catalog.ServiceCategories.CODES);
    }
}
