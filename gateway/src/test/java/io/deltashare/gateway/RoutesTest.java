package io.deltashare.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoutesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "/api/v1/webhooks, gateway",
        "/api/v1/webhooks/3f2c/deliveries, gateway",
        "/api/v1/bookings, booking",
        "/api/v1/bookings/7/cancel, booking",
        "/api/v1/quotes, booking",
        "/api/v1/availability, booking",
        "/api/v1/instruments/42/maintenance-blocks, booking",
        "/api/v1/instruments/42/maintenance-blocks/9, booking",
        "/api/v1/instruments/42/calendar.ics, booking",
        "/api/v1/instruments, instrument-catalog",
        "/api/v1/instruments/, instrument-catalog",
        "/api/v1/instruments/42, instrument-catalog",
        "/api/v1/instruments/42/calendar.icsx, instrument-catalog",
        "/api/v1/instruments//maintenance-blocks, instrument-catalog",
        "/api/v1/providers/1, instrument-catalog",
        "/api/v1/instrument-categories, instrument-catalog",
        "/api/v1/catalog-changes, instrument-catalog",
        "/api/v1/service-offers/5/pause, instrument-catalog",
        "/api/v1/quote-requests/5/quotes/6/acceptance, booking",
        "/api/v1/orders/5/milestones/1/delivery, booking",
        "/api/v1/voucher-programs, innovation-voucher",
        "/api/v1/voucher-applications/5/decision, innovation-voucher",
        "/api/v1/vouchers/5, innovation-voucher",
        "/api/v1/voucher-verifications/JS-2026-7K3Q-9WXD, innovation-voucher",
        "/api/v1/voucher-statistics, innovation-voucher",
        "/api/v1/sme-registrations/0a1f0c5e-5d4b-4b8e-9f00-000000000102, innovation-voucher",
        "/api/v1/voucher-holds, innovation-voucher",
        "/api/v1/accounts/1, settlement",
        "/api/v1/payments, settlement",
        "/api/v1/journal-transactions, settlement",
        "/api/v1/statements/2026-10, settlement",
        "/api/v1/statement-runs, settlement",
        "/api/v1/claim-batches, settlement",
        "/api/v1/reconciliation, settlement",
        "/api/v1/joining-applications/5/approval, membership",
        "/api/v1/partners/5/grants/6, membership",
        "/api/v1/dead-letters/membership, membership",
        "/api/v1/indicators, insight",
        "/api/v1/indicators/platform, insight",
        "/api/v1/provider-reports/5, insight",
        "/api/v1/assessment-schemes/5/assessments, insight",
        "/api/v1/assessments/5/scores, insight",
        "/api/v1/subsidy-allocations/5/approval, insight",
        "/api/v1/subsidies/5/payment, settlement",
        "/api/v1/dead-letters/insight, insight",
        "/api/v1/notification-preferences/me/BOOKING_REMINDER, notification",
        "/api/v1/mail-deliveries, notification",
        "/api/v1/mail-deliveries/5, notification",
        "/api/v1/dead-letters/notification/5/replay, notification",
        "/api/v1/dead-letters/booking, booking",
        "/api/v1/dead-letters/settlement/5/replay, settlement",
        "/api/v1/dead-letters/innovation-voucher/replay, innovation-voucher",
        "/api/v1/dead-letters/instrument-catalog, instrument-catalog",
        "/api/v1/dead-letters/gateway/7, gateway"
    })
    void eachCollectionHasItsOwner(String path, String service) {
        assertThat(Routes.serviceOf(path)).contains(service);
    }

    @ParameterizedTest
    @CsvSource({
        "/api/v1",
        "/api/v1/",
        "/api/v1/instrumentsx",
        "/api/v1/unknown/1",
        "/api/v2/bookings",
        "/q/health",
        "/api/v1bookings",
        "/api/v1/dead-letters",
        "/api/v1/dead-letters/",
        "/api/v1/dead-letters/keycloak",
        "/api/v1/dead-letters/bookings/1"
    })
    void nothingElseIsRouted(String path) {
        assertThat(Routes.serviceOf(path)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "GET, /api/v1/instruments, true",
        "HEAD, /api/v1/instruments/5, true",
        "GET, /api/v1/providers/5, true",
        "GET, /api/v1/instrument-categories, true",
        "GET, /api/v1/catalog-changes, true",
        "GET, /api/v1/service-offers/5, true",
        "POST, /api/v1/service-offers, false",
        "GET, /api/v1/quote-requests, false",
        "GET, /api/v1/ratings, true",
        "POST, /api/v1/ratings, false",
        "GET, /api/v1/orders/5, false",
        "GET, /api/v1/availability, true",
        "GET, /api/v1/voucher-programs/5, true",
        "GET, /api/v1/indicators, true",
        "GET, /api/v1/indicators/platform, true",
        "POST, /api/v1/indicators, false",
        "GET, /api/v1/provider-reports/5, false",
        "POST, /api/v1/instruments, false",
        "PUT, /api/v1/providers/5, false",
        "GET, /api/v1/instruments/5/calendar.ics, false",
        "GET, /api/v1/instruments/5/maintenance-blocks, false",
        "GET, /api/v1/bookings, false",
        "GET, /api/v1/vouchers, false",
        "GET, /api/v1/vouchers/5/certificate, false",
        "GET, /api/v1/voucher-verifications/JS-2026-7K3Q-9WXD, true",
        "POST, /api/v1/voucher-verifications/JS-2026-7K3Q-9WXD, false",
        "GET, /api/v1/voucher-applications, false",
        "GET, /api/v1/instrumentsx, false",
        "GET, /q/health, false"
    })
    void onlyReadsOfTheCatalogArePublic(String method, String path, boolean isPublic) {
        assertThat(Routes.isPublic(method, path)).isEqualTo(isPublic);
    }

    @ParameterizedTest
    @CsvSource({
        "POST, /api/v1/orders/5/deliverables, true",
        "GET, /api/v1/orders/5/deliverables, false",
        "POST, /api/v1/orders/5/deliverables/6, false",
        "POST, /api/v1/orders//deliverables, false",
        "POST, /api/v1/orders/5/milestones/1/delivery, false",
        "POST, /api/v1/quote-requests, false"
    })
    void onlyDeliverablesAreUploads(String method, String path, boolean upload) {
        assertThat(Routes.isUpload(method, path)).isEqualTo(upload);
    }
}
