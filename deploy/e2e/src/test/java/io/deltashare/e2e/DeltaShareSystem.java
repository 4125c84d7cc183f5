package io.deltashare.e2e;

import io.deltashare.contracts.money.Money;
import io.deltashare.local.DemoData;
import io.deltashare.local.LocalSystem;
import io.deltashare.sdk.ApiClient;
import io.deltashare.sdk.api.InstrumentsApi;
import io.deltashare.sdk.api.LedgerApi;
import io.deltashare.sdk.api.VoucherApplicationsApi;
import io.deltashare.sdk.api.VoucherProgramsApi;
import io.deltashare.sdk.api.VouchersApi;
import io.deltashare.sdk.model.AccountKind;
import io.deltashare.sdk.model.InstrumentView;
import io.deltashare.sdk.model.NewApplication;
import io.deltashare.sdk.model.VoucherDetails;
import io.deltashare.sdk.model.VoucherView;
import io.deltashare.testkit.api.OpenApiConformance;
import io.deltashare.testkit.keycloak.Tokens;
import io.deltashare.testkit.process.Directories;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.awaitility.Awaitility;

/**
 * The whole system for the journeys and the fault suite, started once per JVM exactly like {@code deploy/local/run}
 * (on free ports, with fresh data, PostgreSQL with production durability, loopback webhook receivers allowed) with
 * the demo data loaded, and stopped when the JVM exits. {@code -Dfaults.keep-data=true} keeps its data and logs.
 */
public final class DeltaShareSystem {

    private static DeltaShareSystem shared;

    private final LocalSystem system;
    private final Tokens tokens;
    private final DemoData demo;
    private final List<String> demoInstruments;
    private final OpenApiConformance conformance;

    private DeltaShareSystem(LocalSystem system, Tokens tokens, DemoData demo, List<String> demoInstruments) {
        this.system = system;
        this.tokens = tokens;
        this.demo = demo;
        this.demoInstruments = demoInstruments;
        this.conformance = OpenApiConformance.of(system.gatewayUrl() + "/openapi?format=json");
    }

    public static synchronized DeltaShareSystem shared() throws Exception {
        if (shared == null) {
            Path repo = Path.of(System.getProperty("testkit.repo-root", "../.."))
                    .toAbsolutePath()
                    .normalize();
            Path data = Files.createTempDirectory("deltashare-e2e-");
            boolean keep = Boolean.getBoolean("faults.keep-data");
            // C1 only: the journeys and the fault suite check effects, not speed, and the fault suite restarts the
            // services about thirty times; on two cores starting fast matters more than peak speed
            LocalSystem system = new LocalSystem(
                            repo,
                            data,
                            LocalSystem.Ports.free(),
                            line -> System.out.println("[e2e] " + line),
                            Map.of(
                                    "GATEWAY_WEBHOOKS_ALLOW_LOOPBACK", "true",
                                    "GATEWAY_WEBHOOKS_FIRST_RETRY_AFTER", "1s",
                                    // a firm's revoked grant reaches the webhooks within seconds, not the default 30
                                    "GATEWAY_WEBHOOKS_LINKS_FRESH_FOR", "2s",
                                    // the fault suite's load cancels a quarter of its bookings on purpose, hundreds an
                                    // hour, to play
                                    // cancellations under faults: no guard on free cancellations here (SlotHoardingTest
                                    // plays it)
                                    "BOOKING_HOARDING_MAX_FREE_CANCELLATIONS", "1000000",
                                    // the suites play whole bookings of slots days ahead in minutes: they start them
                                    // and report their
                                    // usage at once (BookingLifecycleApiTest plays the time bounds with production
                                    // settings)
                                    "BOOKING_COMPLETION_START_BEFORE_SLOT", "P400D",
                                    "BOOKING_COMPLETION_REPORT_BEFORE_SLOT", "P400D"))
                    .withJvmOptions(List.of("-XX:TieredStopAtLevel=1"));
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                system.close();
                                if (!keep) {
                                    Directories.deleteTree(data);
                                }
                            },
                            "stop-e2e-system"));
            System.out.println("[e2e] data and logs in " + data + (keep ? " (kept: -Dfaults.keep-data)" : ""));
            system.start();
            Tokens tokens = new Tokens(system.keycloakUrl() + "/realms/deltashare");
            DemoData demo = new DemoData(system.gatewayUrl(), tokens, line -> System.out.println("[e2e] " + line));
            shared = new DeltaShareSystem(system, tokens, demo, demo.load());
        }
        return shared;
    }

    public LocalSystem local() {
        return system;
    }

    public Tokens tokens() {
        return tokens;
    }

    public DemoData demo() {
        return demo;
    }

    /** The demo data's instruments, in the order DemoData lists them. */
    public List<String> demoInstruments() {
        return demoInstruments;
    }

    /**
     * What the requests of {@link #as}, {@link #asPartner} and {@link #anonymous} were answered, checked against the
     * gateway's merged OpenAPI document: every answer of the journeys fits the contract partners generate clients from.
     */
    OpenApiConformance conformance() {
        return conformance;
    }

    /** A request through the gateway as a demo user (password {@code demo}). */
    RequestSpecification as(String user) {
        return RestAssured.given()
                .baseUri(system.gatewayUrl())
                .filter(conformance)
                .auth()
                .oauth2(tokens.forUser(user, "demo"))
                .contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString());
    }

    /** A request through the gateway as the demo partner client. */
    RequestSpecification asPartner() {
        return RestAssured.given()
                .baseUri(system.gatewayUrl())
                .filter(conformance)
                .auth()
                .oauth2(tokens.forClient("partner-yangtze-lab-portal", "partner-demo-secret"))
                .contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString());
    }

    /** The generated Java SDK's client of the gateway as a demo user (password {@code demo}). */
    ApiClient client(String user) {
        return Sdk.client(system.gatewayUrl(), () -> tokens.forUser(user, "demo"), conformance);
    }

    /**
     * The generated Java SDK's client of the gateway as the partner client {@code clientId}: its tokens come from the
     * client-credentials grant, each new client asks for a fresh one (what Keycloak says the partner may do now).
     */
    ApiClient partnerClient(String clientId, String secret) {
        return Sdk.client(system.gatewayUrl(), () -> tokens.forClient(clientId, secret), conformance);
    }

    /** The generated Java SDK's client of the gateway without a token. */
    ApiClient anonymousClient() {
        return Sdk.client(system.gatewayUrl(), null, conformance);
    }

    RequestSpecification anonymous() {
        return RestAssured.given().baseUri(system.gatewayUrl()).filter(conformance);
    }

    /** The id of the first instrument of {@code region} that {@code query} finds whose Chinese name contains {@code nameContains}. */
    String instrument(String firmUser, String query, String region, String nameContains) {
        List<InstrumentView> items = Sdk.call(() -> new InstrumentsApi(client(firmUser))
                .searchInstruments(InstrumentsApi.APISearchInstrumentsRequest.newBuilder()
                        .q(query)
                        .region(region)
                        .build())
                .getItems());
        return items.stream()
                .filter(i -> i.getName().getZh().contains(nameContains))
                .map(i -> i.getId().toString())
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no instrument '" + nameContains + "' found for '" + query + "' in " + region + ": " + items));
    }

    /**
     * {@code firmUser}'s firm applies to the open cross-region (通用通兑) demo program of {@code region}, the region's
     * bureau ({@code bureauUser}) approves; the voucher's id, once the firm sees it.
     */
    UUID crossRegionVoucher(String firmUser, String bureauUser, String region) {
        UUID program = Sdk.call(() -> new VoucherProgramsApi(anonymousClient())
                        .listVoucherPrograms(null, 100, region, "OPEN")
                        .getItems())
                .stream()
                .filter(p -> p.getName().getZh().contains("通用通兑"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no open cross-region program in " + region))
                .getId();
        UUID application = Sdk.call(() -> new VoucherApplicationsApi(client(firmUser))
                .applyForVoucher(program, new NewApplication().plannedUse("instrument time for our R&D"), Sdk.newKey())
                .getId());
        Sdk.call(() -> new VoucherApplicationsApi(client(bureauUser)).approveVoucherApplication(application));
        VouchersApi vouchers = new VouchersApi(client(firmUser));
        return Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> vouchers.listVouchers(null, null, null).getItems().stream()
                                .map(VoucherView::getVoucher)
                                .filter(voucher -> program.equals(voucher.getProgramId()))
                                .map(VoucherDetails::getId)
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    /** What the account {@code kind} of {@code owner} owes now, as {@code user} sees it, in fen; 0 before it has one. */
    long owedFen(String user, String kind, String owner) {
        return Sdk.call(() -> new LedgerApi(client(user)).listAccounts(null, null, null)).getItems().stream()
                .filter(account -> account.getKind() == AccountKind.fromValue(kind) && owner.equals(account.getOwner()))
                .findFirst()
                .map(account -> Money.parse(account.getOwed().getAmount()).fen())
                .orElse(0L);
    }
}
