package io.deltashare.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiContractTest {

    @Test
    void anOperationIsNamedByItsMethodAndItsPathWithoutTheVersion() {
        assertThat(ApiContract.operationId("POST", "/api/v1/bookings/{id}/dispute-decision"))
                .isEqualTo("postBookingsByIdDisputeDecision");
        assertThat(ApiContract.operationId("GET", "/api/v1/statements/{party}/{owner}/{month}"))
                .isEqualTo("getStatementsByPartyByOwnerByMonth");
        assertThat(ApiContract.operationId("GET", "/api/v1/bookings/calendar.ics"))
                .isEqualTo("getBookingsCalendarIcs");
        assertThat(ApiContract.operationId("DELETE", "/api/v1/dead-letters/instrument-catalog/{id}"))
                .isEqualTo("deleteDeadLettersInstrumentCatalogById");
    }
}
