package io.deltashare.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deltashare.sdk.ApiClient;
import io.deltashare.sdk.ApiException;
import io.deltashare.sdk.api.AvailabilityApi;
import io.deltashare.sdk.api.BookingsApi;
import io.deltashare.sdk.api.CategoriesApi;
import io.deltashare.sdk.api.InstrumentsApi;
import io.deltashare.sdk.api.JoiningApi;
import io.deltashare.sdk.api.ProvidersApi;
import io.deltashare.sdk.api.VoucherProgramsApi;
import io.deltashare.sdk.api.VouchersApi;
import io.deltashare.sdk.model.BookingRequest;
import io.deltashare.sdk.model.BookingView;
import io.deltashare.sdk.model.CategoryView;
import io.deltashare.sdk.model.Firm;
import io.deltashare.sdk.model.InstrumentView;
import io.deltashare.sdk.model.JoiningApplication;
import io.deltashare.sdk.model.JoiningApplicationRequest;
import io.deltashare.sdk.model.JoiningKind;
import io.deltashare.sdk.model.Name;
import io.deltashare.sdk.model.Offer;
import io.deltashare.sdk.model.ProgramView;
import io.deltashare.sdk.model.Sme;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The open platform, through the gateway against the whole system: anyone browses the catalog without a token; a
 * person signs up in Keycloak, applies to join as a firm, is admitted by their province's bureau (or, from a province
 * without a voucher bureau, by the admin) and books in one click; a researcher books at the academic price. All of it
 * through the generated Java SDK.
 */
class OpenPlatformIT {

    private static DeltaShareSystem system;

    @BeforeAll
    static void startTheSystem() throws Exception {
        system = DeltaShareSystem.shared();
    }

    private static ConditionFactory eventually() {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500));
    }

    @Test
    void anyoneBrowsesTheCatalogAndTheOpenProgramsWithoutAToken() throws ApiException {
        ApiClient anonymous = system.anonymousClient();
        assertThat(new InstrumentsApi(anonymous)
                        .searchInstruments(InstrumentsApi.APISearchInstrumentsRequest.newBuilder()
                                .q("电镜")
                                .region("CN-SH")
                                .build())
                        .getItems())
                .extracting(i -> i.getName().getZh())
                .anySatisfy(name -> assertThat(name).contains("扫描"));
        assertThat(new CategoriesApi(anonymous).listInstrumentCategories())
                .extracting(CategoryView::getCode)
                .contains("nmr");
        assertThat(new VoucherProgramsApi(anonymous)
                        .listVoucherPrograms(null, null, "CN-ZJ", null)
                        .getItems())
                .isNotEmpty()
                .extracting(ProgramView::getStatus)
                .containsOnly("OPEN");
        assertThat(Sdk.refusal(() -> new BookingsApi(anonymous).listBookings(null, null, null, null, null, null)))
                .isEqualTo(401);
        assertThat(Sdk.refusal(() -> new VouchersApi(anonymous).listVouchers(null, null, null)))
                .isEqualTo(401);
    }

    @Test
    void aPersonWhoSignsUpJoinsAsAZhejiangFirmAndBooksInOneClickWithItsVoucher() throws Exception {
        String person = SignUp.newPerson(system.local().keycloakUrl(), "zj-founder-" + suffix());
        UUID organization = joined(person, JoiningKind.FIRM, "CN-ZJ", "Hangzhou", "bureau.zj");

        JsonNode member = claims(person).path("organization").elements().next();
        assertThat(member.path("id").asText()).isEqualTo(organization.toString());
        assertThat(member.path("kind").toString()).contains("firm");
        assertThat(member.path("region").toString()).contains("CN-ZJ");

        UUID voucher = system.crossRegionVoucher(person, "bureau.zj", "CN-ZJ");
        UUID instrument = freshInstrument("electron-microscopy");
        BookingRequest oneClick = slot(instrument, 6).voucher(BookingRequest.VoucherEnum.AUTO);
        BookingsApi bookings = new BookingsApi(system.client(person));
        eventually().until(() -> bookings.quoteBooking(oneClick).getVoucherId(), voucher::equals);

        BookingView booked = bookings.createBooking(oneClick, Sdk.newKey());
        assertThat(booked.getBooking().getVoucherId()).isEqualTo(voucher);
        assertThat(booked.getBooking().getStatus()).isEqualTo("CONFIRMED");
        assertThat(booked.getBooking().getTier()).isEqualTo("ENTERPRISE");
        // ¥650 an hour for two hours; the demo programs pay half
        assertThat(booked.getBooking().getFee().getAmount()).isEqualTo(Sdk.yuan("1300.00"));
        assertThat(booked.getVoucherHeld()).isEqualTo(Sdk.yuan("650.00"));
        assertThat(booked.getFirmShare()).isEqualTo(Sdk.yuan("650.00"));
    }

    @Test
    void aFirmFromGuangdongJoinsThroughTheAdminAndBooksWithoutAVoucher() throws Exception {
        String person = SignUp.newPerson(system.local().keycloakUrl(), "gd-founder-" + suffix());
        joined(person, JoiningKind.FIRM, "CN-GD", "Shenzhen", "admin.platform");
        assertThat(new JoiningApi(system.client("bureau.zj"))
                        .listJoiningApplications(null, "FIRM", null, null)
                        .getItems())
                .isNotNull();

        UUID instrument = freshInstrument("nmr");
        BookingView booked = new BookingsApi(system.client(person))
                .createBooking(slot(instrument, 7).voucher(BookingRequest.VoucherEnum.AUTO), Sdk.newKey());
        assertThat(booked.getBooking().getFirmRegion()).isEqualTo("CN-GD");
        assertThat(booked.getBooking().getTier()).isEqualTo("ENTERPRISE");
        assertThat(booked.getBooking().getVoucherId()).isNull();
        assertThat(booked.getBooking().getStatus()).isEqualTo("CONFIRMED");
        assertThat(booked.getFirmShare()).isEqualTo(Sdk.yuan("1300.00"));
    }

    @Test
    void aResearcherBooksAtTheAcademicPrice() throws Exception {
        UUID instrument = freshInstrument("x-ray-diffraction");
        ApiClient researcher = system.client("researcher.js-nju-materials-group");
        BookingView booked = new BookingsApi(researcher)
                .createBooking(slot(instrument, 8).voucher(BookingRequest.VoucherEnum.AUTO), Sdk.newKey());
        assertThat(booked.getBooking().getTier()).isEqualTo("ACADEMIC");
        assertThat(booked.getBooking().getFee().getAmount()).isEqualTo(Sdk.yuan("800.00"));
        assertThat(booked.getBooking().getVoucherId()).isNull();
        assertThat(new VouchersApi(researcher).listVouchers(null, null, null).getItems())
                .isEmpty();
    }

    @Test
    void aProvidersNewListingIsInvisibleUntilThePlatformReviewsIt() throws Exception {
        String id = system.demo().pendingListing(shanghaiCentre().toString());
        UUID listing = UUID.fromString(id);
        InstrumentsApi anonymous = new InstrumentsApi(system.anonymousClient());
        InstrumentsApi admin = new InstrumentsApi(system.client("admin.platform"));
        assertThat(Sdk.refusal(() -> anonymous.getInstrument(listing))).isEqualTo(404);
        assertThat(Sdk.refusal(() -> new InstrumentsApi(system.client("firm.js-biomed")).getInstrument(listing)))
                .isEqualTo(404);
        assertThat(kriosFound(anonymous)).doesNotContain(listing);
        assertThat(admin.listInstrumentsForReview(null, 100).getItems())
                .extracting(InstrumentView::getId)
                .contains(listing);

        InstrumentView approved = admin.approveInstrumentListing(listing);
        assertThat(approved.getStatus()).isEqualTo("ACTIVE");
        assertThat(approved.getVoucherEligible()).isFalse();
        assertThat(anonymous.getInstrument(listing).getId()).isEqualTo(listing);
        eventually().until(() -> kriosFound(anonymous), ids -> ids.contains(listing));
    }

    private static List<UUID> kriosFound(InstrumentsApi catalog) throws ApiException {
        return catalog
                .searchInstruments(InstrumentsApi.APISearchInstrumentsRequest.newBuilder()
                        .q("Krios")
                        .limit(100)
                        .build())
                .getItems()
                .stream()
                .map(InstrumentView::getId)
                .toList();
    }

    /** The catalog's provider of the Shanghai analysis centre. */
    private static UUID shanghaiCentre() throws ApiException {
        return new ProvidersApi(system.anonymousClient())
                .listProviders(null, null, Demo.SH_ANALYSIS_CENTRE.toString(), null)
                .getItems()
                .get(0)
                .getId();
    }

    /** The person applies to join as {@code kind} at home in {@code region}; the reviewer approves; the org id. */
    private static UUID joined(String person, JoiningKind kind, String region, String city, String reviewer)
            throws ApiException {
        String unique = suffix().toUpperCase();
        JoiningApplicationRequest application = new JoiningApplicationRequest()
                .kind(kind)
                .name(new Name().zh("开放平台测试企业" + unique).en("Open Platform Test Firm " + unique))
                .region(region)
                .city(city)
                .firm(new Firm()
                        .creditCode(creditCode(unique))
                        .sme(new Sme().number("20243301" + unique).year(2024)));
        UUID applied = new JoiningApi(system.client(person))
                .applyToJoin(application, Sdk.newKey())
                .getId();
        assertThat(Sdk.refusal(() -> new JoiningApi(system.client(person)).approveJoiningApplication(applied)))
                .isEqualTo(403);
        JoiningApplication approved = new JoiningApi(system.client(reviewer)).approveJoiningApplication(applied);
        assertThat(approved.getStatus()).isEqualTo("APPROVED");
        return approved.getOrganizationId();
    }

    /** An instrument of the Shanghai centre, open around the clock, listed for this journey alone; its id. */
    private static UUID freshInstrument(String category) throws Exception {
        UUID id = UUID.fromString(system.demo()
                .aroundTheClockInstrument(
                        "provider.sh-analysis-centre",
                        shanghaiCentre().toString(),
                        "开放平台测试仪器",
                        "Open platform test instrument",
                        category));
        AvailabilityApi availability = new AvailabilityApi(system.anonymousClient());
        eventually()
                .until(
                        () -> availability
                                .searchAvailability(
                                        category,
                                        null,
                                        Instant.now().plus(2, ChronoUnit.HOURS).toString(),
                                        100,
                                        "60",
                                        "CN-SH",
                                        Instant.now().plus(30, ChronoUnit.HOURS).toString())
                                .getItems()
                                .stream()
                                .map(Offer::getInstrumentId)
                                .toList(),
                        ids -> ids.contains(id));
        return id;
    }

    /**
     * Two hours from 10:00 Shanghai time {@code days} days ahead: inside one Shanghai day whenever the suite runs (the
     * around-the-clock instruments open 00:00–23:59, so a slot from 22:00 or 23:00 would cross their closing time).
     */
    private static BookingRequest slot(UUID instrument, int days) {
        Instant start = LocalDate.now(Demo.SHANGHAI)
                .plusDays(days)
                .atTime(10, 0)
                .atZone(Demo.SHANGHAI)
                .toInstant();
        return new BookingRequest()
                .instrumentId(instrument)
                .start(start.atOffset(ZoneOffset.UTC))
                .end(start.plus(2, ChronoUnit.HOURS).atOffset(ZoneOffset.UTC));
    }

    private static JsonNode claims(String person) throws Exception {
        String token = system.tokens().forUser(person, "demo");
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /** A unified social credit code of a Hangzhou firm ending in {@code unique}, with its check character. */
    private static String creditCode(String unique) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        String first17 = "913301" + "0"
                + (unique + "00000000000").replaceAll("[IOSVZ]", "1").substring(0, 10);
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return first17 + alphabet.charAt((31 - sum % 31) % 31);
    }
}
