package io.deltashare.e2e.faults;

import io.deltashare.local.DemoData;
import io.deltashare.testkit.fixtures.ApiBodies;
import io.deltashare.testkit.keycloak.DemoRealm;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;

/**
 * Who takes part in the load: the four demo firms, each booking its own around-the-clock instrument (two at the
 * Shanghai centre, two at the Hefei institute, so most bookings cross provinces) and ordering a development service of
 * the same provider, paying half with a voucher of its own province; the four bureaus issue vouchers and claim what
 * the vouchers paid.
 */
final class World {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** A firm of the load with what it books and the vouchers it holds (newest last). */
    record Firm(
            String user,
            UUID organization,
            String region,
            String bureau,
            String program,
            Instrument instrument,
            Service service,
            List<String> vouchers) {

        String voucher() {
            return vouchers.isEmpty() ? null : vouchers.get(vouchers.size() - 1);
        }
    }

    /** An instrument of the load, and the provider staff who run its bookings. */
    record Instrument(String id, String providerUser) {}

    /** A development service of the load (priced by quotation), and the provider staff who quote and deliver it. */
    record Service(String offer, String providerUser) {}

    /** What the load's development services are: a category the load's programs pay for. */
    static final String SERVICE_CATEGORY = "equipment-development";

    final List<Firm> firms;
    final Instant since;

    private World(List<Firm> firms, Instant since) {
        this.firms = firms;
        this.since = since;
    }

    /** Lists the instruments, gives every firm a voucher, and waits until booking knows the instruments. */
    static World prepare(Gateway gateway, DemoData demo, List<String> demoInstruments) throws Exception {
        Instant since = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String shProvider = gateway.get("admin.platform", "/api/v1/instruments/" + demoInstruments.get(0))
                .text("providerId");
        String ahProvider = gateway.get("admin.platform", "/api/v1/instruments/" + demoInstruments.get(4))
                .text("providerId");
        String shStaff = "provider.sh-analysis-centre";
        String ahStaff = "provider.ah-hefei-institute";
        Instrument[] instruments = {
            new Instrument(
                    demo.aroundTheClockInstrument(
                            ahStaff, ahProvider, "故障演练波谱仪 A", "Fault drill spectrometer A", "nmr"),
                    ahStaff),
            new Instrument(
                    demo.aroundTheClockInstrument(
                            shStaff, shProvider, "故障演练波谱仪 B", "Fault drill spectrometer B", "nmr"),
                    shStaff),
            new Instrument(
                    demo.aroundTheClockInstrument(
                            shStaff, shProvider, "故障演练波谱仪 C", "Fault drill spectrometer C", "nmr"),
                    shStaff),
            new Instrument(
                    demo.aroundTheClockInstrument(
                            ahStaff, ahProvider, "故障演练波谱仪 D", "Fault drill spectrometer D", "nmr"),
                    ahStaff)
        };
        Map<String, Service> services = Map.of(
                shStaff, new Service(offered(gateway, shStaff, shProvider), shStaff),
                ahStaff, new Service(offered(gateway, ahStaff, ahProvider), ahStaff));
        String[][] firms = {
            {"firm.sh-nanotech", DemoRealm.SH_NANOTECH.toString(), "CN-SH", "bureau.sh"},
            {"firm.js-biomed", DemoRealm.JS_BIOMED.toString(), "CN-JS", "bureau.js"},
            {"firm.zj-materials", DemoRealm.ZJ_MATERIALS.toString(), "CN-ZJ", "bureau.zj"},
            {"firm.ah-quantum", DemoRealm.AH_QUANTUM.toString(), "CN-AH", "bureau.ah"}
        };
        List<Firm> prepared = new CopyOnWriteArrayList<>();
        for (int i = 0; i < firms.length; i++) {
            String[] f = firms[i];
            String program = openProgram(gateway, f[3], f[2]);
            Firm firm = new Firm(
                    f[0],
                    UUID.fromString(f[1]),
                    f[2],
                    f[3],
                    program,
                    instruments[i],
                    services.get(instruments[i].providerUser()),
                    new CopyOnWriteArrayList<>());
            prepared.add(firm);
        }
        World world = new World(List.copyOf(prepared), since);
        for (Firm firm : world.firms) {
            String voucher = world.issueVoucher(gateway, firm);
            if (voucher == null) {
                throw new IllegalStateException(firm.user() + " got no voucher");
            }
        }
        for (Instrument instrument : instruments) {
            Awaitility.await()
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> gateway.post(
                                    "firm.js-biomed",
                                    "/api/v1/quotes",
                                    Map.of(
                                            "instrumentId",
                                            instrument.id(),
                                            "start",
                                            slotStart(1000).toString(),
                                            "end",
                                            slotStart(1000)
                                                    .plus(Duration.ofHours(1))
                                                    .toString()),
                                    null)
                            .is(200));
        }
        for (Service service : services.values()) {
            // booking learns of the offer by event: until then a request for quotation naming it is refused
            Awaitility.await()
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> gateway.post(
                                    "firm.js-biomed",
                                    "/api/v1/quote-requests",
                                    MixedLoad.asking("Fault drill: is the service known?", service),
                                    null)
                            .is(201));
        }
        return world;
    }

    /** A development service of the provider {@code provider}, approved by the admin; its id. */
    private static String offered(Gateway gateway, String staff, String provider) {
        Map<String, Object> details =
                ApiBodies.developmentService("故障演练联合开发", "Fault drill development", SERVICE_CATEGORY);
        String key = UUID.randomUUID().toString(); // one per call, kept across its retries
        String offer = Retry.untilAnswered(() -> gateway.post(
                        staff, "/api/v1/service-offers", Map.of("providerId", provider, "details", details), key))
                .text("id");
        Retry.untilAnswered(() ->
                gateway.post("admin.platform", "/api/v1/service-offers/" + offer + "/listing-approval", null, null));
        return offer;
    }

    /**
     * A program of the load's own, opened by the region's bureau: the demo program's terms (¥50,000 vouchers paying
     * half, every category, all four provinces) with room for many vouchers a firm, so the load never takes the
     * demo program's yearly caps from the journeys.
     */
    private static String openProgram(Gateway gateway, String bureau, String region) {
        java.time.LocalDate today = java.time.LocalDate.now(SHANGHAI);
        Map<String, Object> program = new java.util.HashMap<>(Map.of(
                "name",
                Map.of("zh", region + " 故障演练创新券", "en", region + " fault drill voucher"),
                "region",
                region,
                "totalBudget",
                yuan("100000000.00"),
                "capPerFirmPerYear",
                yuan("10000000.00"),
                "faceValue",
                yuan("50000.00"),
                "coverageRatio",
                "0.5",
                "eligibleCategories",
                List.of(
                        "electron-microscopy",
                        "nmr",
                        "x-ray-diffraction",
                        "synchrotron-beamline",
                        "mass-spectrometry",
                        SERVICE_CATEGORY),
                "acceptedProviderRegions",
                List.of("CN-SH", "CN-JS", "CN-ZJ", "CN-AH"),
                "applicationWindow",
                Map.of("from", today.toString(), "until", today.plusMonths(6).toString()),
                "voucherValidity",
                Map.of("from", today.toString(), "until", today.plusYears(1).toString())));
        program.put("serviceKinds", List.of("INSTRUMENT_TIME", "TESTING", "DEVELOPMENT"));
        String key = UUID.randomUUID().toString(); // one per call, kept across its retries
        String id = Retry.untilAnswered(() -> gateway.post(bureau, "/api/v1/voucher-programs", program, key))
                .text("id");
        Retry.untilAnswered(() -> gateway.post(bureau, "/api/v1/voucher-programs/" + id + "/opening", null, null));
        return id;
    }

    private static Map<String, String> yuan(String amount) {
        return Map.of("amount", amount, "currency", "CNY");
    }

    /** The firm applies to its province's program and the bureau approves: the new voucher, or null if refused. */
    String issueVoucher(Gateway gateway, Firm firm) {
        String key = UUID.randomUUID().toString(); // one per call, kept across its retries
        Gateway.Answer applied = Retry.untilAnswered(() -> gateway.post(
                firm.user(),
                "/api/v1/voucher-programs/" + firm.program() + "/applications",
                Map.of("plannedUse", "NMR time for the fault drill"),
                key));
        if (!applied.is(201)) {
            return null;
        }
        String application = applied.text("id");
        Gateway.Answer approved = Retry.untilAnswered(() ->
                gateway.post(firm.bureau(), "/api/v1/voucher-applications/" + application + "/approval", null, null));
        String voucher = approved.is(200) ? approved.text("voucherId") : null;
        if (voucher == null) {
            // the approval may have gone through before an answer was lost
            voucher = Retry.untilAnswered(() -> gateway.get(firm.user(), "/api/v1/voucher-applications/" + application))
                    .text("voucherId");
        }
        if (voucher != null) {
            firm.vouchers().add(voucher);
        }
        return voucher;
    }

    /** Where the slots begin: fixed once, so that slot numbers never move while the suite runs. */
    private static final Instant FIRST_SLOT =
            Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.HOURS);

    /**
     * The start of the {@code n}-th one-hour slot from about two hours ahead, counting only hours that fit: the
     * instruments open 00:00–23:59 Shanghai time, so 23:00–24:00 is never a slot. Distinct {@code n}, distinct slots.
     */
    static Instant slotStart(int n) {
        Instant start = FIRST_SLOT;
        int counted = -1;
        while (true) {
            if (start.atZone(SHANGHAI).getHour() != 23 && ++counted == n) {
                return start;
            }
            start = start.plus(1, ChronoUnit.HOURS);
        }
    }
}
