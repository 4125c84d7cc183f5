package io.deltashare.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.deltashare.contracts.money.Money;
import io.deltashare.sdk.ApiClient;
import io.deltashare.sdk.ApiException;
import io.deltashare.sdk.api.BookingsApi;
import io.deltashare.sdk.api.ClaimBatchesApi;
import io.deltashare.sdk.api.IndicatorsApi;
import io.deltashare.sdk.api.LedgerApi;
import io.deltashare.sdk.api.ReconciliationApi;
import io.deltashare.sdk.api.VoucherApplicationsApi;
import io.deltashare.sdk.api.VoucherProgramsApi;
import io.deltashare.sdk.api.VoucherStatisticsApi;
import io.deltashare.sdk.api.VouchersApi;
import io.deltashare.sdk.api.WebhooksApi;
import io.deltashare.sdk.model.Amount;
import io.deltashare.sdk.model.Balance;
import io.deltashare.sdk.model.BatchView;
import io.deltashare.sdk.model.BookingRequest;
import io.deltashare.sdk.model.BookingView;
import io.deltashare.sdk.model.NewBatch;
import io.deltashare.sdk.model.NewSubscription;
import io.deltashare.sdk.model.PaymentRecord;
import io.deltashare.sdk.model.PlatformReconciliationReport;
import io.deltashare.sdk.model.RedemptionLine;
import io.deltashare.sdk.model.RegionFigures;
import io.deltashare.sdk.model.RegionYear;
import io.deltashare.sdk.model.Usage;
import io.deltashare.testkit.documents.Pdfs;
import io.deltashare.testkit.mail.LocalMailServer;
import io.deltashare.testkit.mail.Mailbox;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The journeys of DeltaShare's users, through the gateway with real Keycloak tokens, against the whole system: every
 * service, the gateway, PostgreSQL, Kafka and Keycloak as real processes, exactly as {@code deploy/local/run} starts
 * them. They drive it with the generated Java SDK, as a partner portal would, so the contract partners generate
 * clients from is proven by our own use. Each journey makes its own objects, so they run in any order.
 */
class JourneysIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static DeltaShareSystem system;

    @BeforeAll
    static void startTheSystem() throws Exception {
        system = DeltaShareSystem.shared();
    }

    /**
     * Every answer the journeys received was held to the gateway's OpenAPI document as it came (a misfit fails the
     * request); this checks that the check did run, on the operations the journeys cannot do without.
     */
    @AfterAll
    static void everyAnswerFitTheOpenApiDocument() {
        assertThat(system.conformance().checked())
                .contains(
                        "POST /api/v1/bookings 201",
                        "GET /api/v1/bookings/{id} 200",
                        "POST /api/v1/bookings/{id}/acceptance 200",
                        "POST /api/v1/voucher-programs/{programId}/applications 201",
                        "GET /api/v1/vouchers/{id} 200",
                        "GET /api/v1/accounts 200",
                        "GET /api/v1/instruments 200",
                        "GET /api/v1/vouchers/{id}/certificate 200",
                        "GET /api/v1/voucher-verifications/{code} 200");
        System.out.println("[e2e] answers checked against the OpenAPI document: "
                + new TreeSet<>(system.conformance().checked()));
    }

    private static ConditionFactory eventually() {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500));
    }

    /** A figure of {@code region} for this year in the public indicators, read without a token, in fen. */
    private static long publicFen(String region, Function<RegionFigures, Amount> figure) throws ApiException {
        RegionFigures figures = new IndicatorsApi(system.anonymousClient())
                        .getYearIndicators(IndicatorsApi.APIGetYearIndicatorsRequest.newBuilder()
                                .build())
                        .getRegions()
                        .stream()
                        .filter(r -> r.getRegion().equals(region))
                        .findFirst()
                        .orElseThrow();
        return fen(figure.apply(figures).getValue());
    }

    /** The Jiangsu bureau's cross-region redemptions this year, in fen. */
    private static long crossRegionRedeemedFen() throws ApiException {
        RegionYear jiangsu = new VoucherStatisticsApi(system.client("bureau.js"))
                .getVoucherStatistics("CN-JS", null)
                .getRegions()
                .get(0);
        return jiangsu.getCrossRegionRedeemed() == null ? 0 : fen(jiangsu.getCrossRegionRedeemed());
    }

    private static long fen(io.deltashare.sdk.model.Money money) {
        return Money.parse(money.getAmount()).fen();
    }

    /** The text of the PDF at {@code path} as {@code user} gets it through the gateway, asking with {@code Accept}. */
    private static String pdfText(String user, String path) {
        return Pdfs.textOnOneLine(Pdfs.download(system.as(user), path));
    }

    /** A slot of {@code instrument} from {@code start} for {@code hours}. */
    private static BookingRequest slot(String instrument, Instant start, int hours) {
        return new BookingRequest()
                .instrumentId(UUID.fromString(instrument))
                .start(start.atOffset(ZoneOffset.UTC))
                .end(start.plus(hours, ChronoUnit.HOURS).atOffset(ZoneOffset.UTC));
    }

    @Test
    void aJiangsuFirmPaysAShanghaiProviderPartlyWithItsJiangsuVoucher() throws ApiException {
        Instant journeyStarted = Instant.now();
        // the system may have served others before (the fault suite shares it): amounts are compared as changes
        long firmOwedBefore = system.owedFen("firm.js-biomed", "FIRM_RECEIVABLE", Demo.JS_BIOMED.toString());
        long bureauOwedBefore = system.owedFen("bureau.js", "BUREAU_RECEIVABLE", "CN-JS");
        long crossRegionBefore = crossRegionRedeemedFen();
        long publicCrossRegionBefore = publicFen("CN-JS", RegionFigures::getCrossRegionServicesBought);
        long publicCashedBefore = publicFen("CN-JS", RegionFigures::getCashed);
        UUID voucher = system.crossRegionVoucher("firm.js-biomed", "bureau.js", "CN-JS");
        String sem = system.instrument("firm.js-biomed", "电镜", "CN-SH", "扫描");
        BookingRequest slot = slot(sem, Demo.weekdayAhead(3, "09:00"), 2).voucherId(voucher);
        BookingsApi firm = new BookingsApi(system.client("firm.js-biomed"));
        BookingsApi provider = new BookingsApi(system.client("provider.sh-analysis-centre"));

        assertThat(firm.quoteBooking(slot).getFee().getAmount()).isEqualTo(Sdk.yuan("1800.00"));
        UUID id = firm.createBooking(slot, Sdk.newKey()).getBooking().getId();
        eventually().until(() -> firm.getBooking(id).getBooking().getStatus(), s -> s.equals("PENDING_APPROVAL"));
        assertThat(firm.getBooking(id).getVoucherHeld()).isEqualTo(Sdk.yuan("900.00"));

        assertThat(provider.approveBooking(id).getBooking().getStatus()).isEqualTo("CONFIRMED");
        assertThat(provider.startBooking(id).getBooking().getStatus()).isEqualTo("IN_PROGRESS");
        BookingView delivered = provider.completeBooking(id, new Usage().actualMinutes(120));
        assertThat(delivered.getBooking().getStatus()).isEqualTo("DELIVERED");
        assertThat(delivered.getBooking().getFee().getAmount()).isEqualTo(Sdk.yuan("1800.00"));
        assertThat(delivered.getUsageReport().getFirmConsentRequired()).isFalse();
        assertThat(firm.acceptBooking(id).getBooking().getStatus()).isEqualTo("COMPLETED");

        // the voucher pays its covered half; the firm owes the co-pay, the Jiangsu bureau the voucher share
        VouchersApi vouchers = new VouchersApi(system.client("firm.js-biomed"));
        eventually().until(() -> vouchers.getVoucher(voucher).getRedeemed(), Sdk.yuan("900.00")::equals);
        eventually()
                .until(() ->
                        system.owedFen("firm.js-biomed", "FIRM_RECEIVABLE", Demo.JS_BIOMED.toString()) - firmOwedBefore
                                == 90_000);
        eventually()
                .until(() -> system.owedFen("bureau.js", "BUREAU_RECEIVABLE", "CN-JS") - bureauOwedBefore == 90_000);

        // the bureau's claim for the month lists the redemption, marked cross-region
        ClaimBatchesApi bureauClaims = new ClaimBatchesApi(system.client("bureau.js"));
        BatchView batch = bureauClaims.draftClaimBatch(new NewBatch()
                .region("CN-JS")
                .month(YearMonth.now(Demo.SHANGHAI).toString()));
        RedemptionLine line = batch.getRedemptions().stream()
                .filter(l -> id.equals(l.getBookingId()))
                .findFirst()
                .orElseThrow();
        assertThat(line.getCrossRegion()).isTrue();
        assertThat(line.getAmount()).isEqualTo(Sdk.yuan("900.00"));
        assertThat(fen(batch.getCrossRegionTotal())).isGreaterThanOrEqualTo(90_000);

        // documents: the bureau files the batch's claim report, the firm its statement and its voucher's certificate,
        // whose QR code's address anyone may open
        assertThat(pdfText("bureau.js", "/api/v1/claim-batches/" + batch.getId() + "/report"))
                .contains(
                        "创新券兑付申请表",
                        batch.getId().toString(),
                        "预约 Booking " + id.toString().substring(0, 8))
                .contains("上海市 Shanghai (CN-SH) · 跨区域 cross-region");
        assertThat(pdfText(
                        "firm.js-biomed",
                        "/api/v1/statements/firms/" + Demo.JS_BIOMED + "/" + YearMonth.now(Demo.SHANGHAI)))
                .contains("对账单", "预约 Booking " + id.toString().substring(0, 8), "1,800.00 900.00 900.00");
        String verification = system.as("firm.js-biomed")
                .get("/api/v1/vouchers/" + voucher + "/certificate")
                .then()
                .statusCode(200)
                .extract()
                .path("verificationUrl");
        URI address = URI.create(verification);
        system.anonymous()
                .get(address.getPath() + "?" + address.getQuery())
                .then()
                .statusCode(200)
                .body("valid", equalTo(true))
                .body("issuingRegion", equalTo("CN-JS"));

        // and the statistics count it as cross-region
        eventually().until(() -> crossRegionRedeemedFen() - crossRegionBefore == 90_000);
        // so do the public indicators, as a cross-region service bought (its whole fee) not yet cashed
        eventually()
                .until(() -> publicFen("CN-JS", RegionFigures::getCrossRegionServicesBought) - publicCrossRegionBefore
                        == 180_000);
        assertThat(publicFen("CN-JS", RegionFigures::getCashed)).isEqualTo(publicCashedBefore);

        // the bureau submits and approves its claim, the platform's finance pays it: now it is cashed (兑付)
        UUID batchId = batch.getId();
        long batchTotal = fen(batch.getTotal());
        bureauClaims.submitClaimBatch(batchId);
        bureauClaims.approveClaimBatch(batchId);
        assertThat(new ClaimBatchesApi(system.client("finance.platform"))
                        .payClaimBatch(
                                batchId,
                                new PaymentRecord()
                                        .reference("JS-2026-TRANSFER-"
                                                + batchId.toString().substring(0, 8)))
                        .getStatus())
                .isEqualTo("PAID");
        eventually().until(() -> publicFen("CN-JS", RegionFigures::getCashed) - publicCashedBefore == batchTotal);

        // people were told by e-mail, each in their account's language: the provider's staff of the request, the
        // firm of the completion with the voucher's share, the finance officers of the approved claim, the bureau
        // of its payment
        Mailbox mailbox = new Mailbox(system.local().mailUrl());
        String reference = id.toString().substring(0, 8);
        eventually()
                .until(() -> !mailbox.matching(m -> m.to().contains("provider.sh-analysis-centre@demo.deltashare.io")
                                && m.subject().startsWith("新的预约申请")
                                && m.subject().contains(reference))
                        .isEmpty());
        LocalMailServer.Received completion = eventually()
                .until(
                        () -> mailbox.matching(m -> m.to().contains("firm.js-biomed@demo.deltashare.io")
                                && m.subject().startsWith("Booking completed")
                                && m.subject().contains(reference)),
                        mails -> mails.size() == 1)
                .get(0);
        assertThat(completion.text())
                .contains("Fee: ¥1,800.00", "Paid by your voucher: ¥900.00", "Your share: ¥900.00");
        eventually()
                .until(() -> !mailbox.matching(m -> m.to().contains("finance.platform@demo.deltashare.io")
                                && m.text().contains("/api/v1/claim-batches/" + batchId + "/report"))
                        .isEmpty());
        eventually()
                .until(() -> !mailbox.matching(m -> m.to().contains("bureau.js@demo.deltashare.io")
                                && m.subject().startsWith("兑付批次已支付")
                                && m.text().contains(batchId.toString().substring(0, 8)))
                        .isEmpty());
        system.as("firm.js-biomed")
                .get("/api/v1/mail-deliveries/" + completion.headers().get("X-DeltaShare-Mail"))
                .then()
                .statusCode(200)
                .body("status", equalTo("SENT"))
                .body("subject", equalTo(completion.subject()));
        system.as("firm.zj-materials")
                .get("/api/v1/mail-deliveries/" + completion.headers().get("X-DeltaShare-Mail"))
                .then()
                .statusCode(404);

        // booking, innovation-voucher and settlement agree on it to the fen
        PlatformReconciliationReport reconciliation = new ReconciliationApi(system.client("admin.platform"))
                .getReconciliation(null, journeyStarted.toString());
        assertThat(reconciliation.getDiscrepancyCount())
                .as("discrepancies: %s", reconciliation.getDiscrepancies())
                .isZero();
        assertThat(reconciliation.getTotals()).isEmpty();
        assertThat(reconciliation.getChecked().getBookings()).isGreaterThanOrEqualTo(1);
        assertThat(reconciliation.getChecked().getHolds()).isGreaterThanOrEqualTo(1);
        assertThat(reconciliation.getChecked().getPostings()).isGreaterThanOrEqualTo(2);
        assertThat(reconciliation.getLedger().getTrialBalance()).isEqualTo(Sdk.yuan("0.00"));
    }

    @Test
    void aCancellationInside24HoursCharges50PercentAndReleasesTheHold() throws ApiException {
        long owedBefore = system.owedFen("firm.zj-materials", "FIRM_RECEIVABLE", Demo.ZJ_MATERIALS.toString());
        UUID voucher = system.crossRegionVoucher("firm.zj-materials", "bureau.zj", "CN-ZJ");
        String nmr = system.instrument("firm.zj-materials", "核磁", "CN-SH", "核磁");
        BookingsApi firm = new BookingsApi(system.client("firm.zj-materials"));
        VouchersApi vouchers = new VouchersApi(system.client("firm.zj-materials"));
        UUID id = firm.createBooking(slot(nmr, Demo.wholeHourIn(3), 1).voucherId(voucher), Sdk.newKey())
                .getBooking()
                .getId();
        eventually().until(() -> firm.getBooking(id).getBooking().getStatus(), s -> s.equals("CONFIRMED"));
        eventually().until(() -> vouchers.getVoucher(voucher).getHeld(), Sdk.yuan("325.00")::equals);

        BookingView cancelled = firm.cancelBooking(id);
        assertThat(cancelled.getBooking().getStatus()).isEqualTo("CANCELLED");
        assertThat(cancelled.getCharge()).isEqualTo(Sdk.yuan("325.00"));
        eventually().until(() -> vouchers.getVoucher(voucher).getHeld(), Sdk.yuan("0.00")::equals);
        assertThat(vouchers.getVoucher(voucher).getBalance()).isEqualTo(Sdk.yuan("50000.00"));
        eventually()
                .until(() -> system.owedFen("firm.zj-materials", "FIRM_RECEIVABLE", Demo.ZJ_MATERIALS.toString())
                                - owedBefore
                        == 32_500);
    }

    @Test
    void aPartnerPortalBooksForItsLinkedFirmAndReceivesSignedWebhooks() throws Exception {
        List<Map<String, String>> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/deltashare", exchange -> {
            received.add(Map.of(
                    "signature",
                    exchange.getRequestHeaders().getFirst("DeltaShare-Signature"),
                    "type",
                    exchange.getRequestHeaders().getFirst("DeltaShare-Event-Type"),
                    "body",
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            ApiClient partner = system.partnerClient("partner-yangtze-lab-portal", "partner-demo-secret");
            String secret = new WebhooksApi(partner)
                    .createWebhookSubscription(
                            new NewSubscription()
                                    .url("http://127.0.0.1:"
                                            + receiver.getAddress().getPort() + "/deltashare")
                                    .eventTypes(List.of(
                                            "io.deltashare.booking.BookingRequested.v1",
                                            "io.deltashare.booking.BookingConfirmed.v1")),
                            Sdk.newKey())
                    .getSecret();
            String nmr = system.instrument("firm.js-biomed", "核磁", "CN-SH", "核磁");
            Instant start = Demo.wholeHourIn(6);
            BookingsApi bookings = new BookingsApi(partner);
            BookingView booked =
                    bookings.createBooking(slot(nmr, start, 1).firmOrganizationId(Demo.JS_BIOMED), Sdk.newKey());
            assertThat(booked.getBooking().getFirmOrganizationId()).isEqualTo(Demo.JS_BIOMED);
            UUID id = booked.getBooking().getId();
            // not for a firm it is not linked to
            assertThat(Sdk.refusal(() -> bookings.createBooking(
                            slot(nmr, start.plus(2, ChronoUnit.HOURS), 1).firmOrganizationId(Demo.AH_QUANTUM),
                            Sdk.newKey())))
                    .isEqualTo(403);

            eventually().until(() -> received.size() >= 2);
            assertThat(received)
                    .extracting(r -> r.get("type"))
                    .containsExactlyInAnyOrder(
                            "io.deltashare.booking.BookingRequested.v1", "io.deltashare.booking.BookingConfirmed.v1");
            for (Map<String, String> delivery : received) {
                assertThat(JSON.readTree(delivery.get("body"))
                                .at("/data/booking/id")
                                .asText())
                        .isEqualTo(id.toString());
                assertThat(signatureVerifies(secret, delivery.get("signature"), delivery.get("body")))
                        .isTrue();
            }
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void everyRoleFailsOnAnotherOrganizationsOrRegionsObjects() throws ApiException {
        UUID voucher = system.crossRegionVoucher("firm.sh-nanotech", "bureau.sh", "CN-SH");
        String sem = system.instrument("firm.sh-nanotech", "电镜", "CN-SH", "扫描");
        UUID id = new BookingsApi(system.client("firm.sh-nanotech"))
                .createBooking(slot(sem, Demo.weekdayAhead(4, "13:00"), 1), Sdk.newKey())
                .getBooking()
                .getId();

        // another firm: neither the booking nor the voucher exists for it, nor may it cancel
        BookingsApi otherFirm = new BookingsApi(system.client("firm.ah-quantum"));
        assertThat(Sdk.refusal(() -> otherFirm.getBooking(id))).isEqualTo(404);
        assertThat(Sdk.refusal(() -> otherFirm.cancelBooking(id))).isEqualTo(404);
        assertThat(Sdk.refusal(() -> new VouchersApi(system.client("firm.ah-quantum")).getVoucher(voucher)))
                .isEqualTo(404);
        // another provider may not approve a booking on the Shanghai centre's instrument
        assertThat(Sdk.refusal(() -> new BookingsApi(system.client("provider.ah-hefei-institute")).approveBooking(id)))
                .isIn(403, 404);
        // another region's bureau may not decide a Shanghai application
        UUID program = new VoucherProgramsApi(system.client("firm.sh-nanotech"))
                .listVoucherPrograms(null, 100, "CN-SH", null).getItems().stream()
                        .filter(p -> p.getStatus().equals("OPEN"))
                        .findFirst()
                        .orElseThrow()
                        .getId();
        UUID application = new VoucherApplicationsApi(system.client("firm.sh-nanotech"))
                .listVoucherApplications(null, null, null).getItems().stream()
                        .filter(a -> program.equals(a.getProgramId()))
                        .findFirst()
                        .orElseThrow()
                        .getId();
        assertThat(Sdk.refusal(() ->
                        new VoucherApplicationsApi(system.client("bureau.ah")).approveVoucherApplication(application)))
                .isIn(403, 404);
        // a firm may not act as a bureau or a provider; nobody without a token gets anything
        assertThat(Sdk.refusal(() -> new VoucherApplicationsApi(system.client("firm.sh-nanotech"))
                        .approveVoucherApplication(application)))
                .isEqualTo(403);
        assertThat(Sdk.refusal(() -> new BookingsApi(system.client("firm.sh-nanotech")).approveBooking(id)))
                .isIn(403, 404);
        assertThat(Sdk.refusal(() -> new BookingsApi(system.anonymousClient()).getBooking(id)))
                .isEqualTo(401);
        // another region's bureau sees only its own statistics and accounts
        assertThat(Sdk.refusal(
                        () -> new VoucherStatisticsApi(system.client("bureau.ah")).getVoucherStatistics("CN-SH", null)))
                .isIn(403, 404);
        assertThat(new LedgerApi(system.client("bureau.ah"))
                        .listAccounts(null, null, null)
                        .getItems())
                .extracting(Balance::getOwner)
                .allSatisfy(owner -> assertThat(owner).isEqualTo("CN-AH"));
        // the owner still sees its booking
        assertThat(new BookingsApi(system.client("firm.sh-nanotech"))
                        .listBookings(null, null, null, null, null, null)
                        .getItems())
                .extracting(b -> b.getBooking().getId())
                .contains(id);
    }

    /** A partner's check, as the gateway README describes it. */
    private static boolean signatureVerifies(String secret, String header, String body) throws Exception {
        String t = header.replaceAll(".*t=([0-9]+).*", "$1");
        String v1 = header.replaceAll(".*v1=([0-9a-f]+).*", "$1");
        if (Math.abs(Instant.now().getEpochSecond() - Long.parseLong(t)) > 300) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of()
                .formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)))
                .equals(v1);
    }
}
