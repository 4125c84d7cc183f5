package io.deltashare.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deltashare.sdk.ApiException;
import io.deltashare.sdk.api.ClaimBatchesApi;
import io.deltashare.sdk.api.DeliverablesApi;
import io.deltashare.sdk.api.OrdersApi;
import io.deltashare.sdk.api.QuoteRequestsApi;
import io.deltashare.sdk.api.RatingsApi;
import io.deltashare.sdk.api.ServiceOffersApi;
import io.deltashare.sdk.api.SmeRegistrationsApi;
import io.deltashare.sdk.api.VoucherApplicationsApi;
import io.deltashare.sdk.api.VoucherProgramsApi;
import io.deltashare.sdk.api.VouchersApi;
import io.deltashare.sdk.model.Acceptance;
import io.deltashare.sdk.model.DateWindow;
import io.deltashare.sdk.model.Delivery;
import io.deltashare.sdk.model.Name;
import io.deltashare.sdk.model.NewApplication;
import io.deltashare.sdk.model.NewBatch;
import io.deltashare.sdk.model.NewQuoteRequest;
import io.deltashare.sdk.model.NewRating;
import io.deltashare.sdk.model.OrderView;
import io.deltashare.sdk.model.ProgramRequest;
import io.deltashare.sdk.model.QuoteRequestView;
import io.deltashare.sdk.model.RedemptionLine;
import io.deltashare.sdk.model.ServiceKind;
import io.deltashare.sdk.model.Verification;
import io.deltashare.testkit.keycloak.DemoRealm;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The policy's own example of a voucher (「用平台发放的30万元创新券，申请了……开发服务」), played through the gateway
 * against the whole system with the generated Java SDK: a Jiangsu firm, once its bureau verified its SME registration, gets a ¥300,000 voucher
 * from an SME-only program that pays half of technical development, asks every provider of equipment development in
 * Shanghai and Zhejiang (three) for quotes, tries to pay with a voucher for testing only (refused, with the reason),
 * accepts the Shanghai university centre's ¥600,000 quote in two milestones, receives a report file for each, accepts
 * them, and its voucher pays ¥150,000 of each; the ledger has the firm and the Jiangsu bureau owing their shares, the
 * bureau's claim batch lists both lines as cross-region, and the firm rates the service.
 */
class ServicesJourneyIT {

    private static final String FIRM = "firm.js-biomed";
    private static final String SH_STAFF = "provider.sh-analysis-centre";
    private static final String ZJ_LAB_STAFF = "provider.zj-fluid-engineering-lab";
    private static final String ZJ_INSTITUTE_STAFF = "provider.zj-electromechanical-institute";
    private static final String CATEGORY = ServiceOrders.CATEGORY;

    private static DeltaShareSystem system;
    private static ServiceOrders orders;

    @BeforeAll
    static void startTheSystem() throws Exception {
        system = DeltaShareSystem.shared();
        orders = new ServiceOrders(system);
    }

    private static ConditionFactory eventually() {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500));
    }

    @Test
    void aJiangsuSmePaysHalfOfADevelopmentServiceAtAShanghaiProviderWithItsVoucherMilestoneByMilestone()
            throws Exception {
        String offer =
                orders.offered(SH_STAFF, DemoRealm.SH_ANALYSIS_CENTRE.toString(), "Self-priming pump development");
        orders.offered(
                ZJ_LAB_STAFF, DemoRealm.ZJ_FLUID_ENGINEERING_LAB.toString(), "Pump and drainage robot development");
        orders.offered(
                ZJ_INSTITUTE_STAFF, DemoRealm.ZJ_ELECTROMECHANICAL_INSTITUTE.toString(), "Pump system development");
        UUID voucher = developmentVoucherOfAVerifiedSme();
        UUID testingVoucher = testingVoucher();
        long firmBefore = system.owedFen(FIRM, "FIRM_RECEIVABLE", DemoRealm.JS_BIOMED.toString());
        long bureauBefore = system.owedFen("bureau.js", "BUREAU_RECEIVABLE", "CN-JS");
        QuoteRequestsApi firmRequests = new QuoteRequestsApi(system.client(FIRM));
        OrdersApi firmOrders = new OrdersApi(system.client(FIRM));

        // the firm asks every provider of the category in Shanghai and Zhejiang, once booking knows their offers
        NewQuoteRequest asking = new NewQuoteRequest()
                .title("Tracked remote-controlled diesel self-priming pump")
                .description("A pump and the drainage robot that carries it")
                .category(CATEGORY)
                .regions(List.of("CN-SH", "CN-ZJ"))
                .respondBy(OffsetDateTime.now().plusDays(7));
        UUID request = UUID.fromString(
                orders.asked(FIRM, asking, answer -> answer.getRecipients().size() >= 3));
        UUID quote = UUID.fromString(orders.quoted(SH_STAFF, request.toString(), "600000.00"));
        UUID zhejiangQuote = UUID.fromString(orders.quoted(ZJ_LAB_STAFF, request.toString(), "560000.00"));
        orders.quoted(ZJ_INSTITUTE_STAFF, request.toString(), "620000.00");

        // a voucher for testing only cannot pay a development order: the order is rejected with the voucher's reason
        UUID refused = firmRequests
                .acceptQuote(request, zhejiangQuote, new Acceptance().voucherId(testingVoucher), Sdk.newKey())
                .getId();
        eventually()
                .untilAsserted(() -> assertThat(firmOrders.getOrder(refused))
                        .satisfies(order -> assertThat(order.getStatus()).isEqualTo("REJECTED"))
                        .satisfies(order ->
                                assertThat(order.getRejectionReason()).contains("does not pay for DEVELOPMENT")));
        assertThat(firmRequests.getQuoteRequest(request).getStatus()).isEqualTo("OPEN");

        OrderView placed = firmRequests.acceptQuote(request, quote, new Acceptance().voucherId(voucher), Sdk.newKey());
        assertThat(placed.getCrossRegion()).isTrue();
        UUID order = placed.getId();
        eventually()
                .untilAsserted(() -> assertThat(firmOrders.getOrder(order))
                        .satisfies(active -> assertThat(active.getStatus()).isEqualTo("ACTIVE"))
                        .satisfies(active -> assertThat(active.getVoucherHeld()).isEqualTo(Sdk.yuan("300000.00"))));

        OrdersApi providerOrders = new OrdersApi(system.client(SH_STAFF));
        DeliverablesApi firmFiles = new DeliverablesApi(system.client(FIRM));
        for (int milestone = 1; milestone <= 2; milestone++) {
            byte[] report = ("%PDF-1.7\nmilestone " + milestone + " test report\n").getBytes(StandardCharsets.US_ASCII);
            UUID file = UUID.fromString(uploaded(order, milestone, report));
            providerOrders.deliverMilestone(
                    order,
                    milestone,
                    new Delivery().note("milestone " + milestone + " delivered, report uploaded"),
                    null);
            assertThat(Files.readAllBytes(
                            firmFiles.downloadDeliverable(file, order).toPath()))
                    .isEqualTo(report);
            firmOrders.acceptMilestone(order, milestone, null);
        }
        assertThat(firmOrders.getOrder(order).getStatus()).isEqualTo("COMPLETED");

        VouchersApi vouchers = new VouchersApi(system.client(FIRM));
        eventually()
                .untilAsserted(() -> assertThat(vouchers.getVoucher(voucher))
                        .satisfies(paid -> assertThat(paid.getRedeemed()).isEqualTo(Sdk.yuan("300000.00")))
                        .satisfies(paid -> assertThat(paid.getHeld()).isEqualTo(Sdk.yuan("0.00"))));
        eventually().untilAsserted(() -> {
            assertThat(system.owedFen(FIRM, "FIRM_RECEIVABLE", DemoRealm.JS_BIOMED.toString()) - firmBefore)
                    .isEqualTo(300_000_00L);
            assertThat(system.owedFen("bureau.js", "BUREAU_RECEIVABLE", "CN-JS") - bureauBefore)
                    .isEqualTo(300_000_00L);
        });

        ClaimBatchesApi claims = new ClaimBatchesApi(system.client("bureau.js"));
        UUID batch = claims.draftClaimBatch(new NewBatch()
                        .region("CN-JS")
                        .month(YearMonth.now(Demo.SHANGHAI).toString()))
                .getId();
        List<RedemptionLine> lines = claims.getClaimBatch(batch).getRedemptions().stream()
                .filter(line -> order.equals(line.getOrderId()))
                .toList();
        assertThat(lines).hasSize(2).allSatisfy(line -> {
            assertThat(line.getCrossRegion()).isTrue();
            assertThat(line.getAmount()).isEqualTo(Sdk.yuan("150000.00"));
        });

        new RatingsApi(system.client(FIRM))
                .giveRating(
                        new NewRating()
                                .orderId(order)
                                .quality(5)
                                .timeliness(4)
                                .service(5)
                                .comment("排水机器人按期交付"),
                        Sdk.newKey());
        UUID rated = firmOrders.getOrder(order).getServiceOfferId();
        assertThat(rated).hasToString(offer);
        ServiceOffersApi catalog = new ServiceOffersApi(system.anonymousClient());
        eventually()
                .untilAsserted(() -> assertThat(
                                catalog.getServiceOffer(rated).getRatings().getCount())
                        .isEqualTo(1L));
    }

    @Test
    void twoAcceptancesOfQuotesForOneRequestSentAtOnceThroughTheGatewayPlaceOneOrder() throws Exception {
        String lab = orders.offered(ZJ_LAB_STAFF, DemoRealm.ZJ_FLUID_ENGINEERING_LAB.toString(), "Valve development");
        String institute = orders.offered(
                ZJ_INSTITUTE_STAFF, DemoRealm.ZJ_ELECTROMECHANICAL_INSTITUTE.toString(), "Valve rig development");
        UUID request = UUID.fromString(orders.asked(
                FIRM, ServiceOrders.toProvidersOf("Valve test rig", List.of(lab, institute)), answer -> true));
        List<UUID> quotes = List.of(
                UUID.fromString(orders.quoted(ZJ_LAB_STAFF, request.toString(), "80000.00")),
                UUID.fromString(orders.quoted(ZJ_INSTITUTE_STAFF, request.toString(), "90000.00")));
        QuoteRequestsApi firmRequests = new QuoteRequestsApi(system.client(FIRM));

        ExecutorService clients = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (UUID quote : quotes) {
                answers.add(clients.submit(() -> {
                    start.await();
                    try {
                        firmRequests.acceptQuote(request, quote, new Acceptance().voucher("none"), Sdk.newKey());
                        return 201;
                    } catch (ApiException refused) {
                        return refused.getCode();
                    }
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        } finally {
            clients.shutdownNow();
        }
        QuoteRequestView awarded = firmRequests.getQuoteRequest(request);
        assertThat(awarded.getStatus()).isEqualTo("AWARDED");
        assertThat(awarded.getQuotes())
                .filteredOn(quote -> "ACCEPTED".equals(quote.getStatus()))
                .hasSize(1);
    }

    /**
     * The provider's staff upload {@code report} as the PDF of {@code milestone}; where it downloads. The upload stays a
     * raw request: its body is the file in its own media type, which the generated client cannot choose per call.
     */
    private static String uploaded(UUID order, int milestone, byte[] report) {
        String location = system.as(SH_STAFF)
                .contentType("application/pdf")
                .queryParam("name", "milestone-" + milestone + "-report.pdf")
                .queryParam("milestone", milestone)
                .body(report)
                .post("/api/v1/orders/" + order + "/deliverables")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /**
     * A Jiangsu program for science-based SMEs paying half of development services, ¥300,000 a voucher; the firm is
     * refused until the Jiangsu bureau verifies its SME registration, then gets the voucher. Its id.
     */
    private static UUID developmentVoucherOfAVerifiedSme() throws ApiException {
        UUID program = openJiangsuProgram(ServiceKind.DEVELOPMENT, CATEGORY, "300000.00", true);
        SmeRegistrationsApi registrations = new SmeRegistrationsApi(system.client("bureau.js"));
        try {
            registrations.withdrawSmeRegistration(DemoRealm.JS_BIOMED); // none on a fresh system; gone after a run
        } catch (ApiException none) {
            assertThat(none.getCode()).isEqualTo(404);
        }
        NewApplication application =
                new NewApplication().plannedUse("development of a drainage robot with a university");
        VoucherApplicationsApi applying = new VoucherApplicationsApi(system.client(FIRM));
        assertThatThrownBy(() -> applying.applyForVoucher(program, application, Sdk.newKey()))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.getCode()).isEqualTo(409);
                    assertThat(Sdk.problem(refused).getType())
                            .hasToString("https://deltashare.io/problems/sme-required");
                    assertThat(Sdk.problem(refused).getDetail()).contains("科技型中小企业");
                });
        int year = LocalDate.now(Demo.SHANGHAI).getYear();
        assertThat(registrations
                        .verifySmeRegistration(
                                DemoRealm.JS_BIOMED,
                                new Verification()
                                        .registrationNumber(year + "3205000A0123")
                                        .year(year))
                        .getCurrent())
                .isTrue();
        return issued(program, application);
    }

    /** A Jiangsu program paying half of testing only; the firm's voucher of it. */
    private static UUID testingVoucher() throws ApiException {
        return issued(
                openJiangsuProgram(ServiceKind.TESTING, "mechanical-testing", "50000.00", false),
                new NewApplication().plannedUse("tensile tests of pump housings"));
    }

    /** Opens a Jiangsu program paying half of {@code kind} in {@code category}, cross-region; its id. */
    private static UUID openJiangsuProgram(ServiceKind kind, String category, String faceValue, boolean smeOnly)
            throws ApiException {
        LocalDate today = LocalDate.now(Demo.SHANGHAI);
        ProgramRequest program = new ProgramRequest()
                .name(new Name().zh("江苏省科技创新券 " + kind + " " + Instant.now()).en("Jiangsu vouchers " + kind))
                .totalBudget(Sdk.yuan("10000000.00"))
                .capPerFirmPerYear(Sdk.yuan(faceValue))
                .faceValue(Sdk.yuan(faceValue))
                .coverageRatio(new BigDecimal("0.5"))
                .serviceKinds(Set.of(kind))
                .eligibleCategories(Set.of(category))
                .smeOnly(smeOnly)
                .acceptedProviderRegions(Set.of("CN-SH", "CN-JS", "CN-ZJ", "CN-AH"))
                .applicationWindow(new DateWindow().from(today).until(today.plusDays(30)))
                .voucherValidity(new DateWindow().from(today).until(today.plusYears(1)));
        VoucherProgramsApi programs = new VoucherProgramsApi(system.client("bureau.js"));
        UUID id = programs.createVoucherProgram(program, Sdk.newKey()).getId();
        programs.openVoucherProgram(id);
        return id;
    }

    /** The firm applies to {@code program} and the Jiangsu bureau approves; the voucher's id. */
    private static UUID issued(UUID program, NewApplication application) throws ApiException {
        UUID applied = new VoucherApplicationsApi(system.client(FIRM))
                .applyForVoucher(program, application, Sdk.newKey())
                .getId();
        return new VoucherApplicationsApi(system.client("bureau.js"))
                .approveVoucherApplication(applied)
                .getVoucherId();
    }
}
