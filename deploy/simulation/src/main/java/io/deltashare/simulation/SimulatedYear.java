package io.deltashare.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import io.deltashare.local.LocalSystem;
import io.deltashare.testkit.fixtures.ApiBodies;
import io.deltashare.testkit.keycloak.DemoRealm;
import io.deltashare.testkit.keycloak.Tokens;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Plays the year of a {@link YearPlan} against a running system whose services honour the simulated clock: the catalog
 * at the platform's scale, the four bureaus' programs, every firm joining and applying, every voucher spent on a
 * development order whose milestones are delivered and accepted, and each month's claim batches drafted, approved and
 * paid, with every service's clock set to the simulated moment of each step. Everything goes through the REST API
 * (the catalog alone is loaded the way an operator imports an existing platform's records: written to its tables and
 * announced by event). Then it asks the public indicators for the year and compares them with the plan.
 */
public final class SimulatedYear {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final String CATEGORY = "equipment-development";
    private static final Map<String, String> BUREAUS =
            Map.of("CN-SH", "bureau.sh", "CN-JS", "bureau.js", "CN-ZJ", "bureau.zj", "CN-AH", "bureau.ah");
    private static final Map<String, String> CITIES =
            Map.of("CN-SH", "Shanghai", "CN-JS", "Nanjing", "CN-ZJ", "Hangzhou", "CN-AH", "Hefei");
    /** The demo providers whose staff quote for and deliver the development orders, by province. */
    private static final Map<String, String> STAFF =
            Map.of("CN-SH", "provider.sh-analysis-centre", "CN-AH", "provider.ah-hefei-institute");

    private static final Map<String, String> ORGANIZATIONS =
            Map.of("CN-SH", DemoRealm.SH_ANALYSIS_CENTRE.toString(), "CN-AH", DemoRealm.AH_HEFEI_INSTITUTE.toString());

    /**
     * Where firms refused a voucher have samples tested at their own cost (demo seed instruments booked by the sample,
     * no approval): Anhui firms at the Hefei institute's FTIR spectrometer, the others at the Shanghai centre's
     * powder X-ray diffractometer.
     */
    private static final Map<String, String> TEST_INSTRUMENTS =
            Map.of("CN-SH", "d0000000-0000-4000-8000-000000000003", "CN-AH", "d0000000-0000-4000-8000-000000000010");

    /** The catalog at full scale: the size of the Delta's platforms. */
    static final int PROVIDERS_AT_FULL_SCALE = 1_040;

    static final int INSTRUMENTS_AT_FULL_SCALE = 40_000;

    /** What the simulation expected and what the system answered, and how long it took. */
    public record Outcome(List<Figure> figures, Map<String, Duration> phases, Duration wall, long requests) {

        public boolean matches() {
            return figures.stream().allMatch(Figure::matches);
        }
    }

    /** One indicator: the plan's figure and the API's. */
    public record Figure(String name, String expected, String actual) {

        public boolean matches() {
            return expected.equals(actual);
        }
    }

    private final LocalSystem system;
    private final YearPlan plan;
    private final Consumer<String> progress;
    private final Api api;
    private final People people;
    private final ExecutorService workers;
    private final Map<String, Duration> phases = new LinkedHashMap<>();
    private final Map<String, String> programs = new ConcurrentHashMap<>();
    private final Map<String, String> offers = new ConcurrentHashMap<>();
    private final Map<YearPlan.Firm, String> persons = new ConcurrentHashMap<>();
    private final Map<YearPlan.Firm, String> vouchers = new ConcurrentHashMap<>();
    private final Map<YearPlan.Firm, String> tests = new ConcurrentHashMap<>();

    public SimulatedYear(LocalSystem system, YearPlan plan, int clients, Consumer<String> progress) {
        this.system = system;
        this.plan = plan;
        this.progress = progress;
        this.api = new Api(system.gatewayUrl());
        this.people = new People(new Tokens(system.keycloakUrl() + "/realms/deltashare"), system.keycloakAdmin());
        this.workers = Executors.newFixedThreadPool(clients);
    }

    /** Plays the year and reads the indicators back. */
    public Outcome play() throws Exception {
        long t0 = System.nanoTime();
        try {
            phase("catalog", this::loadCatalog);
            phase("programs and services", () -> {
                at(LocalDate.of(YearPlan.YEAR, 1, 3), 9);
                openPrograms();
                offerDevelopment();
            });
            phase("firms join", () -> {
                people.hashCheaply();
                at(LocalDate.of(YearPlan.YEAR, 1, 4), 9);
                forEach(plan.firms(), this::join);
            });
            for (int month = 1; month <= 12; month++) {
                int m = month;
                phase("month " + month, () -> playMonth(m));
            }
            List<Figure> figures = new ArrayList<>();
            phase("indicators", () -> figures.addAll(indicators()));
            return new Outcome(figures, phases, since(t0), api.requests());
        } finally {
            workers.shutdownNow();
        }
    }

    /** The catalog's tables get the year's providers and instruments; the catalog announces them by event. */
    private void loadCatalog() throws Exception {
        String sql;
        try (InputStream in = SimulatedYear.class.getResourceAsStream("/simulation-catalog.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("{providers}", String.valueOf(providers()))
                    .replace("{instruments}", String.valueOf(instruments()));
        }
        system.seedCatalog(List.of(sql), Duration.ofMinutes(20));
        progress.accept("catalog: " + providers() + " providers and " + instruments() + " instruments announced");
        long listed = instruments() + DEMO_INSTRUMENTS;
        api.until(
                Duration.ofMinutes(10),
                "GET",
                null,
                "/api/v1/indicators/platform",
                null,
                answer -> answer.body().path("total").path("instruments").asLong() == listed);
        progress.accept("catalog: the public platform scale counts all " + listed + " instruments");
    }

    private long providers() {
        return (long) PROVIDERS_AT_FULL_SCALE * plan.percent() / 100;
    }

    private long instruments() {
        return (long) INSTRUMENTS_AT_FULL_SCALE * plan.percent() / 100;
    }

    /** Each bureau opens a program for the year: development services, a fifth paid, accepted in all four provinces. */
    private void openPrograms() {
        for (String region : YearPlan.REGIONS) {
            String bureau = people.demo(BUREAUS.get(region));
            Map<String, Object> program = new HashMap<>();
            program.put(
                    "name",
                    Map.of(
                            "zh",
                            YearPlan.YEAR + "年科技创新券（长三角通用通兑，研发服务）",
                            "en",
                            YearPlan.YEAR
                                    + " innovation vouchers for development services, accepted across the Delta"));
            program.put("region", region);
            program.put("totalBudget", money(YearPlan.PUBLISHED_CASHED_FEN));
            program.put("capPerFirmPerYear", money(YearPlan.FACE_VALUE_FEN));
            program.put("faceValue", money(YearPlan.FACE_VALUE_FEN));
            program.put("coverageRatio", YearPlan.COVERAGE_PERCENT / 100.0);
            program.put("serviceKinds", List.of("DEVELOPMENT"));
            program.put("eligibleCategories", List.of(CATEGORY));
            program.put("acceptedProviderRegions", YearPlan.REGIONS);
            program.put(
                    "applicationWindow", Map.of("from", YearPlan.YEAR + "-01-03", "until", YearPlan.YEAR + "-12-31"));
            program.put(
                    "voucherValidity",
                    Map.of("from", YearPlan.YEAR + "-01-03", "until", (YearPlan.YEAR + 1) + "-06-30"));
            String id = api.expect(201, "POST", bureau, "/api/v1/voucher-programs", program)
                    .path("id")
                    .asText();
            api.expect(200, "POST", bureau, "/api/v1/voucher-programs/" + id + "/opening", null);
            programs.put(region, id);
        }
        progress.accept("programs: one per province, opened");
    }

    /** The providers with staff offer a development service each; the platform approves the listings. */
    private void offerDevelopment() {
        for (Map.Entry<String, String> staff : STAFF.entrySet()) {
            String token = people.demo(staff.getValue());
            String provider = api.expect(
                            200,
                            "GET",
                            token,
                            "/api/v1/providers?organization=" + ORGANIZATIONS.get(staff.getKey()),
                            null)
                    .path("items")
                    .path(0)
                    .path("id")
                    .asText();
            Map<String, Object> details =
                    ApiBodies.developmentService("企业定制化装备研发服务", "Equipment development for firms", CATEGORY);
            String offer = api.expect(
                            201,
                            "POST",
                            token,
                            "/api/v1/service-offers",
                            Map.of("providerId", provider, "details", details))
                    .path("id")
                    .asText();
            api.expect(
                    200,
                    "POST",
                    people.demo("admin.platform"),
                    "/api/v1/service-offers/" + offer + "/listing-approval",
                    null);
            offers.put(staff.getKey(), offer);
        }
        progress.accept("services: a development service at " + String.join(" and ", STAFF.values()));
    }

    /** A person registers, applies to join as the firm, and the province's bureau admits it. */
    private void join(YearPlan.Firm firm) {
        String person = people.registerFirmPerson(firm.region(), firm.index());
        String code = String.format("%s%05d", firm.region().substring(3), firm.index());
        Map<String, Object> application = Map.of(
                "kind",
                "FIRM",
                "name",
                Map.of("zh", "长三角模拟企业" + code, "en", "Simulated Delta Firm " + code),
                "region",
                firm.region(),
                "city",
                CITIES.get(firm.region()),
                "firm",
                Map.of("creditCode", CreditCodes.of(firm.region(), firm.index())));
        String id = api.expect(201, "POST", people.firm(person), "/api/v1/joining-applications", application)
                .path("id")
                .asText();
        api.expect(
                200,
                "POST",
                people.demo(BUREAUS.get(firm.region())),
                "/api/v1/joining-applications/" + id + "/approval",
                null);
        people.forget(person);
        persons.put(firm, person);
    }

    private void playMonth(int month) throws Exception {
        LocalDate first = LocalDate.of(YearPlan.YEAR, month, 1);
        List<YearPlan.Firm> applying = plan.applyingIn(month);
        List<YearPlan.Firm> ordering =
                applying.stream().filter(YearPlan.Firm::getsVoucher).toList();
        List<YearPlan.Firm> testing =
                applying.stream().filter(f -> !f.getsVoucher()).toList();

        at(first.withDayOfMonth(5), 9);
        forEach(applying, this::apply);
        at(first.withDayOfMonth(12), 9);
        Map<YearPlan.Firm, String> orders = new ConcurrentHashMap<>();
        forEach(ordering, firm -> orders.put(firm, order(firm)));
        at(first.withDayOfMonth(20), 10);
        forEach(ordering, firm -> deliverAndAccept(firm, orders.get(firm)));
        forEach(testing, this::testSamples);
        at(first.withDayOfMonth(28), 16);
        for (String region : YearPlan.REGIONS) {
            long claimed = plan.claimedFen(region, month);
            if (claimed > 0) {
                cash(region, YearMonth.of(YearPlan.YEAR, month), claimed);
            }
        }
        progress.accept(String.format(
                "%d-%02d: %d firms applied, %d development orders delivered and paid, %d tests done, claim batches"
                        + " cashed",
                YearPlan.YEAR, month, applying.size(), ordering.size(), testing.size()));
    }

    /** The firm applies to its province's program; the bureau issues a voucher to the firms that order, refuses others. */
    private void apply(YearPlan.Firm firm) {
        String token = people.firm(persons.get(firm));
        String application = api.until(
                        PATIENCE,
                        "POST",
                        token,
                        "/api/v1/voucher-programs/" + programs.get(firm.region()) + "/applications",
                        Map.of("plannedUse", "joint development of production equipment with a university"),
                        answer -> answer.status() == 201)
                .text("id");
        String bureau = people.demo(BUREAUS.get(firm.region()));
        if (firm.getsVoucher()) {
            String voucher = api.expect(
                            200, "POST", bureau, "/api/v1/voucher-applications/" + application + "/approval", null)
                    .path("voucherId")
                    .asText();
            vouchers.put(firm, voucher);
        } else {
            api.expect(
                    200,
                    "POST",
                    bureau,
                    "/api/v1/voucher-applications/" + application + "/rejection",
                    Map.of("reason", "本年度额度已分配完毕 (the year's budget is allocated)"));
            tests.put(firm, orderTest(firm));
        }
    }

    /** The firm refused a voucher orders a test of its samples at its own cost; the booking's id. */
    private String orderTest(YearPlan.Firm firm) {
        Map<String, Object> booking =
                Map.of("instrumentId", testInstrument(firm), "samples", firm.samples(), "voucher", "none");
        return api.until(
                        PATIENCE,
                        "POST",
                        people.firm(persons.get(firm)),
                        "/api/v1/bookings",
                        booking,
                        answer -> answer.status() == 201)
                .body()
                .path("booking")
                .path("id")
                .asText();
    }

    /** The provider tests the samples and reports them; the firm accepts the report: the booking is completed. */
    private void testSamples(YearPlan.Firm firm) {
        String booking = "/api/v1/bookings/" + tests.get(firm);
        String staff = people.demo(STAFF.get(testProviderRegion(firm)));
        api.expect(200, "POST", staff, booking + "/start", null);
        api.expect(200, "POST", staff, booking + "/completion", Map.of("actualSamples", firm.samples()));
        JsonNode accepted = api.expect(200, "POST", people.firm(persons.get(firm)), booking + "/acceptance", null);
        if (!"COMPLETED".equals(accepted.path("booking").path("status").asText())) {
            throw new SimulationFailure("the test of " + persons.get(firm) + " is " + accepted.path("booking"));
        }
    }

    private static String testProviderRegion(YearPlan.Firm firm) {
        return firm.region().equals("CN-AH") ? "CN-AH" : "CN-SH";
    }

    private static String testInstrument(YearPlan.Firm firm) {
        return TEST_INSTRUMENTS.get(testProviderRegion(firm));
    }

    /**
     * The firm asks the provider for a quotation, the provider quotes the planned price in two halves, and the firm
     * accepts it with its voucher: the order, active once the voucher holds its share; its id.
     */
    private String order(YearPlan.Firm firm) {
        String token = people.firm(persons.get(firm));
        String staff = people.demo(STAFF.get(firm.order().providerRegion()));
        LocalDate day = LocalDate.of(YearPlan.YEAR, firm.order().month(), 12);
        String request = api.until(
                        PATIENCE,
                        "POST",
                        token,
                        "/api/v1/quote-requests",
                        Map.of(
                                "title",
                                "生产装备联合开发",
                                "description",
                                "Joint development of production equipment, delivered in two milestones",
                                "serviceOfferIds",
                                List.of(offers.get(firm.order().providerRegion())),
                                "respondBy",
                                day.plusDays(7)
                                        .atTime(18, 0)
                                        .atZone(SHANGHAI)
                                        .toInstant()
                                        .toString()),
                        answer -> answer.status() == 201)
                .text("id");
        Map<String, Object> quote =
                ApiBodies.quoteInTwoHalves(amount(firm.order().priceFen()), day);
        String quoteId = api.expect(201, "POST", staff, "/api/v1/quote-requests/" + request + "/quotes", quote)
                .path("id")
                .asText();
        String order = api.until(
                        PATIENCE,
                        "POST",
                        token,
                        "/api/v1/quote-requests/" + request + "/quotes/" + quoteId + "/acceptance",
                        Map.of("voucherId", vouchers.get(firm)),
                        answer -> answer.status() == 201)
                .text("id");
        String held = amount(firm.order().voucherFen());
        api.until(
                PATIENCE,
                "GET",
                token,
                "/api/v1/orders/" + order,
                null,
                answer -> "ACTIVE".equals(answer.text("status"))
                        && held.equals(
                                answer.body().path("voucherHeld").path("amount").asText()));
        return order;
    }

    /** The provider delivers both milestones and the firm accepts them: the voucher pays its share of each. */
    private void deliverAndAccept(YearPlan.Firm firm, String order) {
        String token = people.firm(persons.get(firm));
        String staff = people.demo(STAFF.get(firm.order().providerRegion()));
        for (int milestone = 1; milestone <= 2; milestone++) {
            String path = "/api/v1/orders/" + order + "/milestones/" + milestone;
            api.expect(200, "POST", staff, path + "/delivery", Map.of("note", "milestone " + milestone + " delivered"));
            api.expect(200, "POST", token, path + "/acceptance", null);
        }
        String redeemed = amount(firm.order().voucherFen());
        api.until(
                PATIENCE,
                "GET",
                token,
                "/api/v1/vouchers/" + vouchers.get(firm),
                null,
                answer -> redeemed.equals(
                        answer.body().path("redeemed").path("amount").asText()));
    }

    /**
     * Once the ledger owes the bureau the month's redemptions, the bureau drafts the month's claim batch, which must
     * total them; it submits and approves it, and the platform's finance records the transfer: cashed (兑付).
     */
    private void cash(String region, YearMonth month, long claimedFen) {
        String bureau = BUREAUS.get(region);
        api.until(
                PATIENCE,
                "GET",
                people.demo(bureau),
                "/api/v1/accounts?limit=100",
                null,
                answer -> owedFen(answer.body(), region) == claimedFen);
        JsonNode batch = api.expect(
                201,
                "POST",
                people.demo(bureau),
                "/api/v1/claim-batches",
                Map.of("region", region, "month", month.toString()));
        long total = fen(batch.path("total").path("amount").asText());
        if (total != claimedFen) {
            throw new SimulationFailure("the claim batch of " + region + " for " + month + " totals " + amount(total)
                    + ", the plan " + amount(claimedFen));
        }
        String id = batch.path("id").asText();
        api.expect(200, "POST", people.demo(bureau), "/api/v1/claim-batches/" + id + "/submission", null);
        api.expect(200, "POST", people.demo(bureau), "/api/v1/claim-batches/" + id + "/approval", null);
        api.expect(
                200,
                "POST",
                people.demo("finance.platform"),
                "/api/v1/claim-batches/" + id + "/payment",
                Map.of("reference", region.substring(3) + "-TREASURY-" + month + "-" + id.substring(0, 8)));
    }

    private static long owedFen(JsonNode accounts, String region) {
        for (JsonNode account : accounts.path("items")) {
            if (account.path("kind").asText().equals("BUREAU_RECEIVABLE")
                    && account.path("owner").asText().equals(region)) {
                return fen(account.path("owed").path("amount").asText());
            }
        }
        return 0;
    }

    /** The year's public indicators and the platform's scale, beside the plan's figures, once insight has caught up. */
    private List<Figure> indicators() {
        List<Figure> figures = new ArrayList<>();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            JsonNode year = api.expect(200, "GET", null, "/api/v1/indicators?year=" + YearPlan.YEAR, null)
                    .path("delta");
            JsonNode scale = api.expect(200, "GET", null, "/api/v1/indicators/platform", null)
                    .path("total");
            figures.clear();
            figures.add(new Figure(
                    "firms that applied (申领企业数)",
                    String.valueOf(plan.firmsApplied()),
                    year.path("firmsApplied").path("value").asText()));
            figures.add(new Figure(
                    "cross-region services bought (跨区域购买服务)",
                    amount(plan.crossRegionServicesBoughtFen()),
                    year.path("crossRegionServicesBought")
                            .path("value")
                            .path("amount")
                            .asText()));
            figures.add(new Figure(
                    "amount cashed (创新券兑付金额)",
                    amount(plan.cashedFen()),
                    year.path("cashed").path("value").path("amount").asText()));
            figures.add(new Figure(
                    "samples tested in completed bookings",
                    String.valueOf(plan.samplesServed()),
                    year.path("samplesServed").path("value").asText()));
            figures.add(new Figure(
                    "instruments listed, with the demo seed's",
                    String.valueOf(instruments() + DEMO_INSTRUMENTS),
                    scale.path("instruments").asText()));
            figures.add(new Figure(
                    "providers, with the demo seed's",
                    String.valueOf(providers() + DEMO_PROVIDERS),
                    scale.path("providers").asText()));
            if (figures.stream().allMatch(Figure::matches) || System.nanoTime() > deadline) {
                return figures;
            }
            Api.pause(Duration.ofSeconds(2));
        }
    }

    /** The catalog's demo seed, loaded with the simulation's: its providers and instruments count too. */
    private static final int DEMO_PROVIDERS = 13;

    private static final int DEMO_INSTRUMENTS = 66;

    /** Every service's clock to {@code hour}:00 Shanghai time on {@code day}. */
    private void at(LocalDate day, int hour) {
        String now = LocalDateTime.of(day, java.time.LocalTime.of(hour, 0))
                .atZone(SHANGHAI)
                .toInstant()
                .toString();
        String admin = people.demo("admin.platform");
        for (String service : LocalSystem.serviceNames()) {
            if (!service.equals("gateway")) {
                api.expect(
                        200,
                        "PUT",
                        admin,
                        "http://localhost:" + system.port(service) + "/api/v1/simulation/clock",
                        Map.of("now", now));
            }
        }
    }

    /** Runs {@code step} for each item on the simulation's clients, and waits for all; the first failure fails all. */
    private <T> void forEach(List<T> items, Step<T> step) throws Exception {
        List<Future<?>> running = new ArrayList<>();
        for (T item : items) {
            running.add(workers.submit(() -> {
                step.run(item);
                return null;
            }));
        }
        for (Future<?> each : running) {
            try {
                each.get();
            } catch (java.util.concurrent.ExecutionException e) {
                running.forEach(f -> f.cancel(true));
                if (e.getCause() instanceof Exception cause) {
                    throw cause;
                }
                throw e;
            }
        }
    }

    private void phase(String name, Phase phase) throws Exception {
        long t0 = System.nanoTime();
        phase.run();
        phases.put(name, since(t0));
    }

    @FunctionalInterface
    private interface Step<T> {
        void run(T item) throws Exception;
    }

    @FunctionalInterface
    private interface Phase {
        void run() throws Exception;
    }

    private static Duration since(long t0) {
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    private static Map<String, String> money(long fen) {
        return Map.of("amount", amount(fen), "currency", "CNY");
    }

    /** Fen as the API writes yuan: {@code 200000.00}. */
    static String amount(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    static long fen(String amount) {
        try {
            return new BigDecimal(amount).movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new SimulationFailure("not an amount of money: " + amount);
        }
    }
}
