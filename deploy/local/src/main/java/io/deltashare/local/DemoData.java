package io.deltashare.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deltashare.testkit.fixtures.ApiBodies;
import io.deltashare.testkit.keycloak.DemoRealm;
import io.deltashare.testkit.keycloak.Tokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The demo data, loaded through the gateway with the demo users' real tokens, the way any client would: two providers
 * (Shanghai, Anhui) with instruments, and a voucher program per province that every province's providers accept
 * (通用通兑). The demo firms are Keycloak organizations already.
 */
public final class DemoData {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> REGIONS = List.of("CN-SH", "CN-JS", "CN-ZJ", "CN-AH");

    private final String gateway;
    private final Tokens tokens;
    private final Consumer<String> progress;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public DemoData(String gateway, Tokens tokens, Consumer<String> progress) {
        this.gateway = gateway;
        this.tokens = tokens;
        this.progress = progress;
    }

    /** Loads everything; returns the ids of the instruments listed. */
    public List<String> load() throws Exception {
        String admin = tokens.forUser("admin.platform", "demo");
        String shProvider = post(
                        admin,
                        "/api/v1/providers",
                        provider(
                                DemoRealm.SH_ANALYSIS_CENTRE.toString(),
                                "上海分析测试中心",
                                "Shanghai Analysis and Testing Centre",
                                "CN-SH",
                                "上海",
                                "INSTITUTE"))
                .path("id")
                .asText();
        String ahProvider = post(
                        admin,
                        "/api/v1/providers",
                        provider(
                                DemoRealm.AH_HEFEI_INSTITUTE.toString(),
                                "合肥大科学装置研究院",
                                "Hefei Institute of Big-Science Facilities",
                                "CN-AH",
                                "合肥",
                                "BIG_SCIENCE_FACILITY"))
                .path("id")
                .asText();
        zhejiangProviders(admin);
        progress.accept("providers: Shanghai Analysis and Testing Centre, Hefei Institute of Big-Science Facilities,"
                + " two Zhejiang development providers");

        List<String> instruments = new ArrayList<>();
        String sh = tokens.forUser("provider.sh-analysis-centre", "demo");
        instruments.add(instrument(
                sh,
                shProvider,
                "场发射扫描电镜",
                "Field-emission scanning electron microscope",
                "electron-microscopy",
                "ZEISS",
                "GeminiSEM 500",
                "SLOT",
                "600.00",
                "900.00",
                Terms.OFFICE_HOURS));
        instruments.add(instrument(
                sh,
                shProvider,
                "球差校正透射电镜",
                "Aberration-corrected transmission electron microscope",
                "electron-microscopy",
                "JEOL",
                "JEM-ARM300F2",
                "SLOT",
                "1500.00",
                "2200.00",
                Terms.OFFICE_HOURS));
        instruments.add(instrument(
                sh,
                shProvider,
                "600MHz 核磁共振波谱仪",
                "600 MHz NMR spectrometer",
                "nmr",
                "Bruker",
                "AVANCE NEO 600",
                "SLOT",
                "400.00",
                "650.00",
                new Terms(true, 1, false)));
        instruments.add(instrument(
                sh,
                shProvider,
                "X 射线衍射仪",
                "X-ray diffractometer",
                "x-ray-diffraction",
                "Rigaku",
                "SmartLab",
                "SAMPLE",
                "120.00",
                "200.00",
                Terms.OFFICE_HOURS));
        String ah = tokens.forUser("provider.ah-hefei-institute", "demo");
        instruments.add(instrument(
                ah,
                ahProvider,
                "同步辐射软X射线光束线",
                "Soft X-ray synchrotron beamline",
                "synchrotron-beamline",
                "NSRL",
                "BL07W",
                "SLOT",
                "2000.00",
                "3000.00",
                Terms.OFFICE_HOURS));
        instruments.add(instrument(
                ah,
                ahProvider,
                "高分辨质谱仪",
                "High-resolution mass spectrometer",
                "mass-spectrometry",
                "Thermo Fisher",
                "Orbitrap Exploris 480",
                "SAMPLE",
                "300.00",
                "480.00",
                Terms.OFFICE_HOURS));
        progress.accept(
                "instruments: " + instruments.size() + " (electron microscopes, NMR, XRD, beamline, mass spec)");

        openPrograms();
        return instruments;
    }

    /**
     * The local run's demo, on top of the catalog's own demo seed (thirteen providers and 66 instruments, see
     * services/instrument-catalog): the open voucher programs, and a firm's application to join waiting for the
     * Zhejiang bureau's review (the demo person {@code person.zj-startup} applies).
     */
    public void loadOnTheSeededCatalog() throws Exception {
        openPrograms();
        String person = tokens.forUser("person.zj-startup", "demo");
        post(
                person,
                "/api/v1/joining-applications",
                Map.of(
                        "kind",
                        "FIRM",
                        "name",
                        Map.of("zh", "宁波智感科技有限公司", "en", "Ningbo Smart Sensing Technology Co., Ltd."),
                        "region",
                        "CN-ZJ",
                        "city",
                        "Ningbo",
                        "firm",
                        Map.of(
                                "creditCode",
                                "91330201MA2H4KQ713",
                                "sme",
                                Map.of("number", "20253302010000512", "year", 2025))));
        progress.accept("joining: a Ningbo firm's application waits for bureau.zj (GET /api/v1/joining-applications)");
        JsonNode centre = get("/api/v1/providers?organization=" + DemoRealm.SH_ANALYSIS_CENTRE);
        pendingListing(centre.path("items").path(0).path("id").asText());
        progress.accept("listing review: a cryo-EM of the Shanghai centre waits for admin.platform "
                + "(GET /api/v1/instruments/review-queue)");
        services(centre.path("items").path(0).path("id").asText());
    }

    /**
     * Services besides instrument time, approved: the Shanghai centre's development service (priced by quotation)
     * and its tensile-testing package; and a Jiangsu program paying half of development services, open, so that a
     * firm can play the policy's example (a request for quotation, an order in milestones paid in part by a voucher).
     */
    private void services(String centre) throws Exception {
        String staff = tokens.forUser("provider.sh-analysis-centre", "demo");
        String admin = tokens.forUser("admin.platform", "demo");
        for (Map<String, Object> details : List.of(
                ApiBodies.developmentService(
                        "自吸泵与排水机器人联合开发", "Self-priming pump and drainage robot development", "equipment-development"),
                Map.<String, Object>of(
                        "type",
                        "TESTING_PACKAGE",
                        "name",
                        Map.of("zh", "金属材料室温拉伸试验", "en", "Room-temperature tensile test of metals"),
                        "description",
                        Map.of("zh", "抗拉强度、屈服强度、断后伸长率", "en", "Tensile and yield strength, elongation"),
                        "category",
                        "mechanical-testing",
                        "priceBasis",
                        "PER_SAMPLE",
                        "prices",
                        Map.of("academic", money("180.00"), "enterprise", money("260.00")),
                        "standard",
                        "GB/T 228.1-2021",
                        "turnaroundWorkingDays",
                        5,
                        "sampleRequirements",
                        Map.of("zh", "每组 3 根标准试样", "en", "Three standard specimens per group")))) {
            String offer = post(staff, "/api/v1/service-offers", Map.of("providerId", centre, "details", details))
                    .path("id")
                    .asText();
            post(admin, "/api/v1/service-offers/" + offer + "/listing-approval", null);
        }
        Map<String, Object> development = new java.util.HashMap<>(program("CN-JS"));
        development.put("name", Map.of("zh", "2027年江苏省科技创新券（技术研发）", "en", "Jiangsu R&D vouchers 2027"));
        development.put("faceValue", money("300000.00"));
        development.put("capPerFirmPerYear", money("300000.00"));
        development.put("serviceKinds", List.of("DEVELOPMENT"));
        development.put("eligibleCategories", List.of("equipment-development", "product-development"));
        String bureau = tokens.forUser("bureau.js", "demo");
        String id =
                post(bureau, "/api/v1/voucher-programs", development).path("id").asText();
        post(bureau, "/api/v1/voucher-programs/" + id + "/opening", null);
        List<String> zhejiang = zhejiangProviders(admin);
        for (int i = 0; i < zhejiang.size(); i++) {
            String zjStaff = tokens.forUser(ZHEJIANG_STAFF.get(i), "demo");
            Map<String, Object> details =
                    ApiBodies.developmentService("流体机械定制开发", "Fluid machinery development", "equipment-development");
            String offer = post(
                            zjStaff,
                            "/api/v1/service-offers",
                            Map.of("providerId", zhejiang.get(i), "details", details))
                    .path("id")
                    .asText();
            post(admin, "/api/v1/service-offers/" + offer + "/listing-approval", null);
        }
        progress.accept("services: the Shanghai centre offers development and tensile testing, two Zhejiang"
                + " providers development (GET /api/v1/service-offers); a Jiangsu program pays half of development"
                + " services");
    }

    private static final List<String> ZHEJIANG_STAFF =
            List.of("provider.zj-fluid-engineering-lab", "provider.zj-electromechanical-institute");

    /**
     * Registers the two Zhejiang providers of development services (a university lab and an institute), which the
     * policy's example asks for quotes beside the Shanghai centre; their provider ids.
     */
    private List<String> zhejiangProviders(String admin) throws Exception {
        return List.of(
                post(
                                admin,
                                "/api/v1/providers",
                                provider(
                                        DemoRealm.ZJ_FLUID_ENGINEERING_LAB.toString(),
                                        "浙江某大学流体工程研究所",
                                        "Zhejiang University Fluid Engineering Lab",
                                        "CN-ZJ",
                                        "杭州",
                                        "UNIVERSITY"))
                        .path("id")
                        .asText(),
                post(
                                admin,
                                "/api/v1/providers",
                                provider(
                                        DemoRealm.ZJ_ELECTROMECHANICAL_INSTITUTE.toString(),
                                        "浙江机电研究院",
                                        "Zhejiang Electromechanical Institute",
                                        "CN-ZJ",
                                        "杭州",
                                        "INSTITUTE"))
                        .path("id")
                        .asText());
    }

    private void openPrograms() throws Exception {
        for (String region : REGIONS) {
            String bureau = tokens.forUser("bureau." + region.substring(3).toLowerCase(), "demo");
            String program = post(bureau, "/api/v1/voucher-programs", program(region))
                    .path("id")
                    .asText();
            post(bureau, "/api/v1/voucher-programs/" + program + "/opening", null);
        }
        progress.accept("voucher programs: one open program per province, accepted in all four (通用通兑)");
    }

    /**
     * Lists one more instrument open around the clock (SLOT, 1–8 h, an hour's lead time, no approval, vouchers
     * accepted), as {@code providerUser} for provider {@code providerId}; returns its id.
     */
    public String aroundTheClockInstrument(
            String providerUser, String providerId, String zh, String en, String category) throws Exception {
        return instrument(
                tokens.forUser(providerUser, "demo"),
                providerId,
                zh,
                en,
                category,
                "Bruker",
                "AVANCE NEO 600",
                "SLOT",
                "400.00",
                "650.00",
                new Terms(true, 1, false));
    }

    private static Map<String, Object> provider(
            String organization, String zh, String en, String region, String city, String type) {
        return Map.of(
                "organizationId",
                organization,
                "details",
                Map.of(
                        "name",
                        Map.of("zh", zh, "en", en),
                        "region",
                        region,
                        "city",
                        city,
                        "type",
                        type,
                        "accreditations",
                        List.of("CMA", "CNAS"),
                        "contactEmail",
                        "service@" + region.toLowerCase() + ".demo.deltashare.io",
                        "contactPhone",
                        "+86 21 0000 0000"));
    }

    /** Booking terms: open around the clock (else weekdays 08:30–17:30), lead time, approval. */
    record Terms(boolean aroundTheClock, int leadTimeHours, boolean approvalRequired) {
        static final Terms OFFICE_HOURS = new Terms(false, 24, true);
    }

    private String instrument(
            String token,
            String provider,
            String zh,
            String en,
            String category,
            String manufacturer,
            String model,
            String mode,
            String academic,
            String enterprise,
            Terms terms)
            throws Exception {
        List<Map<String, String>> hours = new ArrayList<>();
        for (String day : terms.aroundTheClock()
                ? List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")
                : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
            hours.add(
                    terms.aroundTheClock()
                            ? Map.of("day", day, "from", "00:00", "to", "23:59")
                            : Map.of("day", day, "from", "08:30", "to", "17:30"));
        }
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("name", Map.of("zh", zh, "en", en));
        details.put(
                "description",
                Map.of(
                        "zh",
                        zh + "，对外开放共享，可预约机时或委托测试。",
                        "en",
                        en + ", open to the public: book instrument time or order a test."));
        details.put("category", category);
        details.put("manufacturer", manufacturer);
        details.put("model", model);
        details.put("originalValue", money("5000000.00"));
        details.put("location", "Building 3, Room 101");
        details.put("bookingMode", mode);
        details.put("prices", Map.of("academic", money(academic), "enterprise", money(enterprise)));
        details.put("openingHours", hours);
        details.put("minDurationMinutes", 60);
        details.put("maxDurationMinutes", 480);
        details.put("leadTimeHours", terms.leadTimeHours());
        details.put("approvalRequired", terms.approvalRequired());
        JsonNode listed = post(token, "/api/v1/instruments", Map.of("providerId", provider, "details", details));
        return live(listed.path("id").asText(), listed.path("providerRegion").asText());
    }

    /**
     * What a listing goes through before anyone books it: the platform admin approves it, and the bureau of the
     * provider's region designates it for vouchers. Returns its id.
     */
    private String live(String instrument, String region) throws Exception {
        post(tokens.forUser("admin.platform", "demo"), "/api/v1/instruments/" + instrument + "/listing-approval", null);
        send(
                "PUT",
                tokens.forUser("bureau." + region.substring(3).toLowerCase(Locale.ROOT), "demo"),
                "/api/v1/instruments/" + instrument + "/voucher-eligibility",
                Map.of("eligible", true));
        return instrument;
    }

    /**
     * A listing the Shanghai centre submits and the platform has not reviewed yet: what {@code admin.platform} finds in
     * {@code GET /api/v1/instruments/review-queue}. Its id.
     */
    public String pendingListing(String providerId) throws Exception {
        return post(
                        tokens.forUser("provider.sh-analysis-centre", "demo"),
                        "/api/v1/instruments",
                        Map.of(
                                "providerId",
                                providerId,
                                "details",
                                Map.ofEntries(
                                        Map.entry(
                                                "name",
                                                Map.of("zh", "冷冻透射电镜", "en", "Cryo transmission electron microscope")),
                                        Map.entry(
                                                "description",
                                                Map.of(
                                                        "zh", "单颗粒冷冻电镜，300 kV，配直接电子探测器。",
                                                        "en",
                                                                "Single-particle cryo-EM, 300 kV, direct electron detector.")),
                                        Map.entry("category", "electron-microscopy"),
                                        Map.entry("manufacturer", "Thermo Fisher"),
                                        Map.entry("model", "Titan Krios G4"),
                                        Map.entry("originalValue", money("52000000.00")),
                                        Map.entry("location", "Cryo-EM centre, Hall 1"),
                                        Map.entry("bookingMode", "SLOT"),
                                        Map.entry(
                                                "prices",
                                                Map.of("academic", money("2500.00"), "enterprise", money("4500.00"))),
                                        Map.entry(
                                                "openingHours",
                                                List.of(
                                                        Map.of("day", "MONDAY", "from", "08:30", "to", "17:30"),
                                                        Map.of("day", "WEDNESDAY", "from", "08:30", "to", "17:30"))),
                                        Map.entry("minDurationMinutes", 240),
                                        Map.entry("maxDurationMinutes", 480),
                                        Map.entry("leadTimeHours", 72),
                                        Map.entry("approvalRequired", true))))
                .path("id")
                .asText();
    }

    private static Map<String, Object> program(String region) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String province = switch (region) {
            case "CN-SH" -> "上海市";
            case "CN-JS" -> "江苏省";
            case "CN-ZJ" -> "浙江省";
            default -> "安徽省";
        };
        return Map.of(
                "name",
                Map.of(
                        "zh",
                        province + "科技创新券（长三角通用通兑）",
                        "en",
                        region + " innovation voucher (accepted across the Yangtze River Delta)"),
                "region",
                region,
                "totalBudget",
                money("5000000.00"),
                "capPerFirmPerYear",
                money("300000.00"),
                "faceValue",
                money("50000.00"),
                "coverageRatio",
                "0.5",
                "eligibleCategories",
                List.of("electron-microscopy", "nmr", "x-ray-diffraction", "synchrotron-beamline", "mass-spectrometry"),
                "acceptedProviderRegions",
                REGIONS,
                "applicationWindow",
                Map.of("from", today.toString(), "until", today.plusMonths(6).toString()),
                "voucherValidity",
                Map.of("from", today.toString(), "until", today.plusYears(1).toString()));
    }

    private static Map<String, String> money(String amount) {
        return Map.of("amount", amount, "currency", "CNY");
    }

    private JsonNode post(String token, String path, Object body) throws IOException, InterruptedException {
        return send("POST", token, path, body);
    }

    /** A public read of the catalog, without a token. */
    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(gateway + path))
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private JsonNode send(String method, String token, String path, Object body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .timeout(Duration.ofSeconds(30))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(
                    method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }
}
