package io.deltashare.instrumentcatalog;

import static io.restassured.RestAssured.given;

import io.deltashare.testkit.keycloak.DemoRealm;
import io.deltashare.testkit.keycloak.Keycloak;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Demo-realm callers and realistic listings for catalog tests. */
public final class CatalogFixtures {

    public static final String SHANGHAI_CENTRE_ORG = DemoRealm.SH_ANALYSIS_CENTRE.toString();
    public static final String HEFEI_INSTITUTE_ORG = DemoRealm.AH_HEFEI_INSTITUTE.toString();

    private CatalogFixtures() {}

    public static RequestSpecification as(String user) {
        return given().auth()
                .oauth2(Keycloak.shared().tokens().forUser(user, "demo"))
                .contentType(ContentType.JSON);
    }

    public static RequestSpecification asOperator() {
        return as("admin.platform");
    }

    public static RequestSpecification asShanghaiCentreStaff() {
        return as("provider.sh-analysis-centre");
    }

    public static RequestSpecification asHefeiInstituteStaff() {
        return as("provider.ah-hefei-institute");
    }

    public static RequestSpecification asJiangsuFirm() {
        return as("firm.js-biomed");
    }

    public static Map<String, Object> providerDetails(String nameEn, String region, String city) {
        Map<String, Object> details = new HashMap<>();
        details.put("name", Map.of("zh", nameEn + "（中文名）", "en", nameEn));
        details.put("region", region);
        details.put("city", city);
        details.put("type", "UNIVERSITY");
        details.put("accreditations", List.of("CMA", "CNAS"));
        details.put("contactEmail", "lab@example.edu.cn");
        details.put("contactPhone", "+86 21 5555 0101");
        return details;
    }

    /** The provider of a demo organization, registered by the operator on first use. */
    public static String providerOf(String organizationId, String nameEn, String region, String city) {
        Optional<String> existing = asOperator()
                .get("/api/v1/providers?organization=" + organizationId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .<String>getList("items.id")
                .stream()
                .findFirst();
        return existing.orElseGet(() -> asOperator()
                .body(Map.of("organizationId", organizationId, "details", providerDetails(nameEn, region, city)))
                .post("/api/v1/providers")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    public static String shanghaiCentre() {
        return providerOf(SHANGHAI_CENTRE_ORG, "Shanghai University Analysis & Testing Centre", "CN-SH", "Shanghai");
    }

    public static String hefeiInstitute() {
        return providerOf(HEFEI_INSTITUTE_ORG, "Hefei Institutes of Physical Science", "CN-AH", "Hefei");
    }

    public static List<Map<String, String>> weekdays(String from, String to) {
        List<Map<String, String>> hours = new ArrayList<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
            hours.add(Map.of("day", day, "from", from, "to", to));
        }
        return hours;
    }

    public static Map<String, Object> money(String amount) {
        return Map.of("amount", amount, "currency", "CNY");
    }

    /** A field-emission SEM, booked by the hour. */
    public static Map<String, Object> aFieldEmissionSem() {
        Map<String, Object> d = new HashMap<>();
        d.put("name", Map.of("zh", "场发射扫描电镜", "en", "Field-emission scanning electron microscope"));
        d.put("description", Map.of("zh", "高分辨形貌观察与能谱分析", "en", "High-resolution imaging with EDS"));
        d.put("category", "electron-microscopy");
        d.put("manufacturer", "ZEISS");
        d.put("model", "GeminiSEM 560");
        d.put("originalValue", money("4800000.00"));
        d.put("location", "Building 3, Room 105");
        d.put("bookingMode", "SLOT");
        d.put("prices", Map.of("academic", money("300.00"), "enterprise", money("600.00")));
        d.put("openingHours", weekdays("08:30", "17:00"));
        d.put("minDurationMinutes", 60);
        d.put("maxDurationMinutes", 480);
        d.put("leadTimeHours", 24);
        d.put("approvalRequired", true);
        return d;
    }

    /** A 700 MHz NMR spectrometer, run by the provider per sample. */
    public static Map<String, Object> a700MhzNmr() {
        Map<String, Object> d = aFieldEmissionSem();
        d.put("name", Map.of("zh", "700 MHz 核磁共振波谱仪", "en", "700 MHz NMR spectrometer"));
        d.put("description", Map.of("zh", "液体核磁，一维与二维谱", "en", "Solution-state NMR, 1D and 2D spectra"));
        d.put("category", "nmr");
        d.put("manufacturer", "Bruker");
        d.put("model", "AVANCE NEO 700");
        d.put("bookingMode", "SAMPLE");
        d.put("prices", Map.of("academic", money("150.00"), "enterprise", money("400.00")));
        return d;
    }

    public static Map<String, Object> with(Map<String, Object> details, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(details);
        if (value == null) {
            changed.remove(field);
        } else {
            changed.put(field, value);
        }
        return changed;
    }

    public static Map<String, Object> listing(String providerId, Map<String, Object> details) {
        return Map.of("providerId", providerId, "details", details);
    }

    /**
     * Lists {@code details} as the Shanghai centre's staff; the platform approves the listing and the Shanghai bureau
     * designates it for vouchers; returns the new instrument's id.
     */
    public static String listedInShanghai(Map<String, Object> details) {
        return listedAs(asShanghaiCentreStaff(), shanghaiCentre(), details, "bureau.sh");
    }

    /**
     * Lists {@code details} as {@code staff} of {@code provider}, has the admin approve it and, when {@code bureau} is
     * given, that bureau designate it for vouchers; returns the instrument's id.
     */
    public static String listedAs(
            RequestSpecification staff, String provider, Map<String, Object> details, String bureau) {
        String id = staff.body(listing(provider, details))
                .post("/api/v1/instruments")
                .then()
                .statusCode(201)
                .body("status", org.hamcrest.Matchers.equalTo("SUBMITTED"))
                .extract()
                .path("id");
        approved(id);
        if (bureau != null) {
            as(bureau)
                    .body(Map.of("eligible", true))
                    .put("/api/v1/instruments/" + id + "/voucher-eligibility")
                    .then()
                    .statusCode(200)
                    .body("voucherEligible", org.hamcrest.Matchers.equalTo(true));
        }
        return id;
    }

    /** The platform approves what waits for review on instrument {@code id}. */
    public static void approved(String id) {
        asOperator()
                .post("/api/v1/instruments/" + id + "/listing-approval")
                .then()
                .statusCode(200);
    }

    /** A testing package: room-temperature tensile tests of metals per sample, to GB/T 228.1. */
    public static Map<String, Object> aTensileTestingPackage() {
        Map<String, Object> d = new HashMap<>();
        d.put("type", "TESTING_PACKAGE");
        d.put("name", Map.of("zh", "金属材料室温拉伸试验", "en", "Room-temperature tensile test of metals"));
        d.put("description", Map.of("zh", "抗拉强度、屈服强度、断后伸长率", "en", "Tensile and yield strength, elongation"));
        d.put("category", "mechanical-testing");
        d.put("priceBasis", "PER_SAMPLE");
        d.put("prices", Map.of("academic", money("180.00"), "enterprise", money("260.00")));
        d.put("standard", "GB/T 228.1-2021");
        d.put("turnaroundWorkingDays", 5);
        d.put("sampleRequirements", Map.of("zh", "每组 3 根标准试样", "en", "Three standard specimens per group"));
        return d;
    }

    /** A technical development service, priced by quotation: pump and drainage-robot development. */
    public static Map<String, Object> aPumpDevelopmentService() {
        Map<String, Object> d = new HashMap<>();
        d.put("type", "DEVELOPMENT_SERVICE");
        d.put("name", Map.of("zh", "自吸泵与排水机器人联合开发", "en", "Self-priming pump and drainage robot development"));
        d.put(
                "description",
                Map.of("zh", "履带式远程遥控柴油机驱动自吸泵开发", "en", "Tracked, remote-controlled diesel pump development"));
        d.put("category", "equipment-development");
        d.put("priceBasis", "QUOTATION");
        return d;
    }

    /** Offers {@code details} as {@code staff} of {@code provider} and has the admin approve it; returns its id. */
    public static String offeredAs(RequestSpecification staff, String provider, Map<String, Object> details) {
        String id = staff.body(listing(provider, details))
                .post("/api/v1/service-offers")
                .then()
                .statusCode(201)
                .body("status", org.hamcrest.Matchers.equalTo("SUBMITTED"))
                .extract()
                .path("id");
        asOperator()
                .post("/api/v1/service-offers/" + id + "/listing-approval")
                .then()
                .statusCode(200);
        return id;
    }
}
