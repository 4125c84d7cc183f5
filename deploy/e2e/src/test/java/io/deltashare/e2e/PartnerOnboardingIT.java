package io.deltashare.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.deltashare.sdk.ApiClient;
import io.deltashare.sdk.ApiException;
import io.deltashare.sdk.api.BookingsApi;
import io.deltashare.sdk.api.PartnersApi;
import io.deltashare.sdk.api.ReconciliationApi;
import io.deltashare.sdk.api.VoucherApplicationsApi;
import io.deltashare.sdk.api.VoucherProgramsApi;
import io.deltashare.sdk.api.WebhooksApi;
import io.deltashare.sdk.model.BookingRequest;
import io.deltashare.sdk.model.BookingView;
import io.deltashare.sdk.model.Name;
import io.deltashare.sdk.model.NewApplication;
import io.deltashare.sdk.model.NewSubscription;
import io.deltashare.sdk.model.Partner;
import io.deltashare.sdk.model.PartnerGrantRequest;
import io.deltashare.sdk.model.PartnerRegistration;
import io.deltashare.sdk.model.PartnerScope;
import io.deltashare.sdk.model.PartnerSecret;
import io.deltashare.sdk.model.PlatformReconciliationReport;
import io.deltashare.sdk.model.Usage;
import io.deltashare.testkit.keycloak.DemoRealm;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A partner portal onboarded through the API alone, with the generated Java SDK: the Shanghai analysis centre registers
 * it, the platform admin approves it, the centre takes its secret; Jiangsu's js-biomed grants it BOOK, Anhui's
 * ah-quantum too. It books for js-biomed and receives the webhook, is refused for zj-materials (no grant) and for
 * js-biomed's vouchers (no VOUCHERS), and once js-biomed revokes, its next token and its webhooks leave js-biomed out.
 * A sandbox partner onboarded the same way plays a whole booking that no voucher, ledger or reconciliation counts.
 */
class PartnerOnboardingIT {

    private static final String BOOKING_REQUESTED = "io.deltashare.booking.BookingRequested.v1";
    /** How long the e2e gateway trusts grants it read, plus a margin (DeltaShareSystem sets 2 s). */
    private static final Duration GRANTS_FRESH_FOR = Duration.ofMillis(2_500);

    private static DeltaShareSystem system;

    @BeforeAll
    static void startTheSystem() throws Exception {
        system = DeltaShareSystem.shared();
    }

    /** The Shanghai analysis centre registers a portal, the admin approves it, the centre takes its secret. */
    private static Onboarded onboarded(boolean sandbox) throws ApiException {
        PartnersApi centre = new PartnersApi(system.client("provider.sh-analysis-centre"));
        Partner registered = centre.registerPartner(
                new PartnerRegistration()
                        .organizationId(DemoRealm.SH_ANALYSIS_CENTRE)
                        .name(new Name().zh("上海仪器共享门户").en("Shanghai Instrument Portal " + UUID.randomUUID()))
                        .description("Books instrument time for the firms of our incubator")
                        .sandbox(sandbox),
                Sdk.newKey());
        Partner approved = new PartnersApi(system.client("admin.platform")).approvePartner(registered.getId());
        assertThat(String.valueOf(approved.getStatus())).isEqualTo("APPROVED");
        PartnerSecret secret = centre.issuePartnerSecret(approved.getId());
        assertThat(secret.getClientId()).isEqualTo(approved.getClientId());
        return new Onboarded(approved, secret);
    }

    private record Onboarded(Partner approved, PartnerSecret secret) {}

    @Test
    void aPartnerRegisteredThroughTheApiActsForTheFirmsThatGrantItAndLosesAFirmThatRevokes() throws Exception {
        Onboarded onboarded = onboarded(false);
        Partner approved = onboarded.approved();
        PartnerSecret secret = onboarded.secret();

        new PartnersApi(system.client("firm.js-biomed"))
                .grantPartner(
                        DemoRealm.JS_BIOMED,
                        approved.getId(),
                        new PartnerGrantRequest().scopes(Set.of(PartnerScope.BOOK, PartnerScope.STATEMENTS)));
        new PartnersApi(system.client("firm.ah-quantum"))
                .grantPartner(
                        DemoRealm.AH_QUANTUM,
                        approved.getId(),
                        new PartnerGrantRequest().scopes(Set.of(PartnerScope.BOOK)));

        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/deltashare", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            ApiClient partner = system.partnerClient(secret.getClientId(), secret.getClientSecret());
            new WebhooksApi(partner)
                    .createWebhookSubscription(
                            new NewSubscription()
                                    .url("http://127.0.0.1:"
                                            + receiver.getAddress().getPort() + "/deltashare")
                                    .eventTypes(List.of(BOOKING_REQUESTED)),
                            Sdk.newKey());
            String nmr = system.instrument("firm.js-biomed", "核磁", "CN-SH", "核磁");

            UUID forBiomed = book(partner, nmr, Demo.weekdayAhead(8, "10:00"), DemoRealm.JS_BIOMED);
            assertThatThrownBy(() -> book(partner, nmr, Demo.weekdayAhead(8, "11:00"), DemoRealm.ZJ_MATERIALS))
                    .isInstanceOfSatisfying(
                            ApiException.class, e -> assertThat(e.getCode()).isEqualTo(403));
            UUID program = openProgram("CN-JS");
            assertThatThrownBy(() -> new VoucherApplicationsApi(partner)
                            .applyForVoucher(
                                    program,
                                    new NewApplication()
                                            .firmOrganizationId(DemoRealm.JS_BIOMED)
                                            .plannedUse("NMR spectra of our drug candidates"),
                                    Sdk.newKey()))
                    .as("js-biomed granted BOOK and STATEMENTS, not VOUCHERS")
                    .isInstanceOfSatisfying(
                            ApiException.class, e -> assertThat(e.getCode()).isEqualTo(403));
            eventually(() -> received.stream().anyMatch(body -> body.contains(forBiomed.toString())));

            new PartnersApi(system.client("firm.js-biomed")).revokePartnerGrant(DemoRealm.JS_BIOMED, approved.getId());
            Instant revoked = Instant.now();
            ApiClient afterRevocation = system.partnerClient(secret.getClientId(), secret.getClientSecret());
            assertThatThrownBy(() -> book(afterRevocation, nmr, Demo.weekdayAhead(8, "14:00"), DemoRealm.JS_BIOMED))
                    .as("the next token no longer carries js-biomed")
                    .isInstanceOfSatisfying(
                            ApiException.class, e -> assertThat(e.getCode()).isEqualTo(403));

            // the gateway trusts what it read of the grants for GATEWAY_WEBHOOKS_LINKS_FRESH_FOR (2 s in this system):
            // the condition is that time having passed since the revocation
            Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> Instant.now().isAfter(revoked.plus(GRANTS_FRESH_FOR)));
            UUID byBiomedItself =
                    book(system.client("firm.js-biomed"), nmr, Demo.weekdayAhead(8, "15:00"), DemoRealm.JS_BIOMED);
            UUID byQuantumItself =
                    book(system.client("firm.ah-quantum"), nmr, Demo.weekdayAhead(8, "16:00"), DemoRealm.AH_QUANTUM);
            eventually(() -> received.stream().anyMatch(body -> body.contains(byQuantumItself.toString())));
            // the revoked firm's event, queued before the granted one's, stays unsent while the worker polls on
            Awaitility.await()
                    .during(Duration.ofSeconds(2))
                    .atMost(Duration.ofSeconds(3))
                    .until(() -> received.stream().noneMatch(body -> body.contains(byBiomedItself.toString())));
        } finally {
            receiver.stop(0);
        }
    }

    /**
     * A sandbox partner tests a whole booking with the real system: it is marked as a test, paid by no voucher, and
     * once the provider completed it nobody owes anything, no figure counts it and the services still reconcile.
     */
    @Test
    void aSandboxPartnersWholeBookingIsATestThatNothingCounts() throws Exception {
        Instant started = Instant.now();
        Onboarded onboarded = onboarded(true);
        new PartnersApi(system.client("firm.js-biomed"))
                .grantPartner(
                        DemoRealm.JS_BIOMED,
                        onboarded.approved().getId(),
                        new PartnerGrantRequest().scopes(Set.of(PartnerScope.BOOK)));
        ApiClient partner = system.partnerClient(
                onboarded.secret().getClientId(), onboarded.secret().getClientSecret());
        long owedBefore = system.owedFen("firm.js-biomed", "FIRM_RECEIVABLE", DemoRealm.JS_BIOMED.toString());
        long providerBefore = system.owedFen(
                "provider.sh-analysis-centre", "PROVIDER_PAYABLE", DemoRealm.SH_ANALYSIS_CENTRE.toString());
        String nmr = system.instrument("firm.js-biomed", "核磁", "CN-SH", "核磁");
        // an hour no other test here books on this instrument: when days 8 and 9 ahead are a weekend, both are Monday
        Instant start = Demo.weekdayAhead(9, "12:00");
        BookingsApi bookings = new BookingsApi(partner);
        BookingRequest slot = new BookingRequest()
                .instrumentId(UUID.fromString(nmr))
                .start(start.atOffset(ZoneOffset.UTC))
                .end(start.plus(1, ChronoUnit.HOURS).atOffset(ZoneOffset.UTC))
                .firmOrganizationId(DemoRealm.JS_BIOMED);

        assertThat(Sdk.refusal(() -> bookings.createBooking(slot.voucherId(UUID.randomUUID()), Sdk.newKey())))
                .as("no voucher pays a sandbox booking")
                .isEqualTo(400);
        BookingView booked =
                bookings.createBooking(slot.voucherId(null).voucher(BookingRequest.VoucherEnum.AUTO), Sdk.newKey());
        assertThat(booked.getBooking().getSandbox()).isTrue();
        assertThat(booked.getBooking().getVoucherId()).isNull();
        UUID id = booked.getBooking().getId();

        BookingsApi provider = new BookingsApi(system.client("provider.sh-analysis-centre"));
        assertThat(provider.getBooking(id).getBooking().getSandbox())
                .as("the provider sees it is a test")
                .isTrue();
        if (booked.getBooking().getStatus().equals("PENDING_APPROVAL")) {
            provider.approveBooking(id);
        }
        provider.startBooking(id);
        provider.completeBooking(id, new Usage().actualMinutes(60));
        assertThat(new BookingsApi(system.client("firm.js-biomed"))
                        .acceptBooking(id)
                        .getBooking()
                        .getStatus())
                .isEqualTo("COMPLETED");

        // settlement hears of it within a second or two; for longer than that nobody owes anything for it
        Awaitility.await()
                .during(Duration.ofSeconds(5))
                .atMost(Duration.ofSeconds(6))
                .until(() -> system.owedFen("firm.js-biomed", "FIRM_RECEIVABLE", DemoRealm.JS_BIOMED.toString())
                                == owedBefore
                        && system.owedFen(
                                        "provider.sh-analysis-centre",
                                        "PROVIDER_PAYABLE",
                                        DemoRealm.SH_ANALYSIS_CENTRE.toString())
                                == providerBefore);
        PlatformReconciliationReport reconciliation =
                new ReconciliationApi(system.client("admin.platform")).getReconciliation(null, started.toString());
        assertThat(reconciliation.getDiscrepancies())
                .as("a completed sandbox booking is owed no posting")
                .isEmpty();
        assertThat(reconciliation.getChecked().getBookings()).isGreaterThanOrEqualTo(1);
    }

    private static UUID book(ApiClient client, String instrument, Instant start, UUID firm) throws ApiException {
        return new BookingsApi(client)
                .createBooking(
                        new BookingRequest()
                                .instrumentId(UUID.fromString(instrument))
                                .start(start.atOffset(ZoneOffset.UTC))
                                .end(start.plus(1, ChronoUnit.HOURS).atOffset(ZoneOffset.UTC))
                                .firmOrganizationId(firm),
                        Sdk.newKey())
                .getBooking()
                .getId();
    }

    private static UUID openProgram(String region) throws ApiException {
        return new VoucherProgramsApi(system.anonymousClient())
                .listVoucherPrograms(null, 100, region, "OPEN")
                .getItems()
                .get(0)
                .getId();
    }

    private static void eventually(java.util.concurrent.Callable<Boolean> condition) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(condition);
    }
}
