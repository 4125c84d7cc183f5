package io.deltashare.e2e;

import io.deltashare.sdk.ApiException;
import io.deltashare.sdk.api.ProvidersApi;
import io.deltashare.sdk.api.QuoteRequestsApi;
import io.deltashare.sdk.api.ServiceOffersApi;
import io.deltashare.sdk.model.Acceptance;
import io.deltashare.sdk.model.NewOffer;
import io.deltashare.sdk.model.NewQuoteRequest;
import io.deltashare.sdk.model.OfferDetails;
import io.deltashare.sdk.model.QuoteBody;
import io.deltashare.sdk.model.QuoteRequestView;
import io.deltashare.testkit.fixtures.ApiBodies;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/**
 * Services, requests for quotation, quotes and orders through the gateway with the generated Java SDK, as the
 * journeys and the attack suite make them: the same calls a portal makes, with the demo users.
 */
final class ServiceOrders {

    /** The category of development work the journeys use. */
    static final String CATEGORY = "equipment-development";

    private final DeltaShareSystem system;

    ServiceOrders(DeltaShareSystem system) {
        this.system = system;
    }

    /** A development service of the provider of {@code organization}, approved by the admin; its id. */
    String offered(String staff, String organization, String name) throws ApiException {
        UUID provider = new ProvidersApi(system.client(staff))
                .listProviders(null, null, organization, null)
                .getItems()
                .get(0)
                .getId();
        OfferDetails details = Sdk.as(OfferDetails.class, ApiBodies.developmentService("联合开发：" + name, name, CATEGORY));
        UUID offer = new ServiceOffersApi(system.client(staff))
                .submitServiceOffer(new NewOffer().providerId(provider).details(details), Sdk.newKey())
                .getId();
        new ServiceOffersApi(system.client("admin.platform")).approveServiceOfferListing(offer);
        return offer.toString();
    }

    /**
     * The firm's request for quotation {@code asking}, sent once booking knows the offers it names (they arrive by
     * event) and {@code until} holds of the answer; its id.
     */
    String asked(String firm, NewQuoteRequest asking, Predicate<QuoteRequestView> until) {
        QuoteRequestsApi requests = new QuoteRequestsApi(system.client(firm));
        return Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .ignoreException(ApiException.class) // 422 until booking has heard of every offer named
                .until(() -> requests.requestQuotes(asking, Sdk.newKey()), until)
                .getId()
                .toString();
    }

    /** A request for quotation to the providers of {@code offers}. */
    static NewQuoteRequest toProvidersOf(String title, List<String> offers) {
        return new NewQuoteRequest()
                .title(title)
                .description("A development for a firm")
                .serviceOfferIds(offers.stream().map(UUID::fromString).toList())
                .respondBy(OffsetDateTime.now().plusDays(7));
    }

    /** The provider's quote of {@code price} yuan in two halves, due in three and six months; its id. */
    String quoted(String staff, String request, String price) throws ApiException {
        return new QuoteRequestsApi(system.client(staff))
                .submitQuote(UUID.fromString(request), Sdk.as(QuoteBody.class, quote(price)), Sdk.newKey())
                .getId()
                .toString();
    }

    /** A quote of {@code price} yuan in two halves, due in three and six months. */
    static Map<String, Object> quote(String price) {
        return ApiBodies.quoteInTwoHalves(price);
    }

    /** The firm accepts {@code quote} without a voucher: the order, active at once; its id. */
    String ordered(String firm, String request, String quote) throws ApiException {
        return new QuoteRequestsApi(system.client(firm))
                .acceptQuote(
                        UUID.fromString(request),
                        UUID.fromString(quote),
                        new Acceptance().voucher("none"),
                        Sdk.newKey())
                .getId()
                .toString();
    }
}
