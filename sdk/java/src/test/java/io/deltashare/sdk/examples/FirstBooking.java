package io.deltashare.sdk.examples;

import io.deltashare.sdk.ApiClient;
import io.deltashare.sdk.ApiException;
import io.deltashare.sdk.api.AvailabilityApi;
import io.deltashare.sdk.api.BookingsApi;
import io.deltashare.sdk.api.InstrumentsApi;
import io.deltashare.sdk.model.BookingRequest;
import io.deltashare.sdk.model.BookingView;
import io.deltashare.sdk.model.InstrumentView;
import io.deltashare.sdk.model.Offer;
import io.deltashare.sdk.model.Window;
import java.net.http.HttpClient;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The partner guide's first booking with the Java SDK (docs/partners.md): the first instrument a search finds with two
 * free hours this week, booked for a firm the partner acts for. Compile-checked by the build.
 */
public final class FirstBooking {

    private FirstBooking() {}

    public static BookingView book(String gateway, String accessToken, String query, UUID firm) throws ApiException {
        ApiClient anonymous = new ApiClient(
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1),
                ApiClient.createDefaultObjectMapper(),
                gateway);
        ApiClient signedIn = new ApiClient(
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1),
                ApiClient.createDefaultObjectMapper(),
                gateway);
        signedIn.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + accessToken));

        List<InstrumentView> found = new InstrumentsApi(anonymous)
                .searchInstruments(InstrumentsApi.APISearchInstrumentsRequest.newBuilder()
                        .q(query)
                        .limit(20)
                        .build())
                .getItems();
        if (found.isEmpty()) {
            throw new IllegalStateException("no instrument matches " + query);
        }
        OffsetDateTime now = OffsetDateTime.now();
        Offer free = new AvailabilityApi(anonymous)
                        .searchAvailability(AvailabilityApi.APISearchAvailabilityRequest.newBuilder()
                                .category(found.get(0).getCategory())
                                .from(now.toString())
                                .to(now.plusDays(7).toString())
                                .minutes("120")
                                .build())
                        .getItems()
                        .stream()
                        .filter(offer -> found.stream().anyMatch(i -> i.getId().equals(offer.getInstrumentId())))
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("no two free hours this week"));
        Window window = free.getWindows().get(0);
        return new BookingsApi(signedIn)
                .createBooking(
                        new BookingRequest()
                                .firmOrganizationId(firm)
                                .instrumentId(free.getInstrumentId())
                                .start(window.getStart())
                                .end(window.getStart().plusHours(2)),
                        UUID.randomUUID().toString()); // the Idempotency-Key: keep it when you retry
    }
}
