package io.deltashare.settlement.reconciliation.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deltashare.platform.problem.Problem;
import io.deltashare.platform.problem.ProblemException;
import io.deltashare.settlement.reconciliation.ReconciliationConfig;
import io.deltashare.settlement.reconciliation.domain.Facts;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads booking's bookings and innovation-voucher's holds through their admin APIs, on behalf of the admin who asked
 * for the reconciliation (with that admin's token), page by page. Not part of any business flow: no service needs
 * another to be up to do its work, only this check does.
 */
@ApplicationScoped
public class ServiceFacts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BY_ID = 100;

    private final ReconciliationConfig config;
    private final HttpClient http;

    ServiceFacts(ReconciliationConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    /** Bookings made in the period, every page. */
    public List<Facts.Booking> bookingsMade(Instant from, Instant before, String token) {
        return pages(
                "booking",
                URI.create(config.bookingUrl() + "/api/v1/bookings?limit=100&createdFrom=" + from + "&createdBefore="
                        + before),
                token,
                ServiceFacts::booking);
    }

    /** The bookings with these ids that booking knows. */
    public List<Facts.Booking> bookings(Collection<UUID> ids, String token) {
        return byId(
                "booking", config.bookingUrl() + "/api/v1/bookings?limit=100", "id", ids, token, ServiceFacts::booking);
    }

    /** Holds made in the period, every page. */
    public List<Facts.Hold> holdsMade(Instant from, Instant before, String token) {
        return pages(
                "innovation-voucher",
                URI.create(config.voucherUrl() + "/api/v1/voucher-holds?limit=500&heldFrom=" + from + "&heldBefore="
                        + before),
                token,
                ServiceFacts::hold);
    }

    /** The holds of these bookings. */
    public List<Facts.Hold> holds(Collection<UUID> bookings, String token) {
        return byId(
                "innovation-voucher",
                config.voucherUrl() + "/api/v1/voucher-holds?limit=500",
                "bookingId",
                bookings,
                token,
                ServiceFacts::hold);
    }

    private <T> List<T> byId(
            String service,
            String base,
            String parameter,
            Collection<UUID> ids,
            String token,
            Function<JsonNode, T> read) {
        List<UUID> all = new ArrayList<>(ids);
        List<T> found = new ArrayList<>();
        for (int i = 0; i < all.size(); i += BY_ID) {
            StringBuilder uri = new StringBuilder(base);
            all.subList(i, Math.min(all.size(), i + BY_ID))
                    .forEach(id -> uri.append('&')
                            .append(parameter)
                            .append('=')
                            .append(URLEncoder.encode(id.toString(), StandardCharsets.UTF_8)));
            found.addAll(pages(service, URI.create(uri.toString()), token, read));
        }
        return found;
    }

    private <T> List<T> pages(String service, URI first, String token, Function<JsonNode, T> read) {
        List<T> items = new ArrayList<>();
        URI next = first;
        while (next != null) {
            JsonNode page = get(service, next, token);
            page.path("items").forEach(item -> items.add(read.apply(item)));
            next = page.hasNonNull("next") ? URI.create(page.get("next").asText()) : null;
        }
        return items;
    }

    private JsonNode get(String service, URI uri, String token) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(config.timeout())
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw unavailable(service, "answered " + response.statusCode());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw unavailable(service, "did not answer (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(service, "was not waited for");
        }
    }

    private static ProblemException unavailable(String service, String what) {
        return new ProblemException(Problem.of(
                "service-unavailable",
                "Service Unavailable",
                503,
                "the reconciliation needs " + service + ", which " + what + "; try again later"));
    }

    private static Facts.Booking booking(JsonNode view) {
        JsonNode b = view.path("booking");
        return new Facts.Booking(
                UUID.fromString(b.path("id").asText()),
                b.path("status").asText(),
                UUID.fromString(b.path("firmOrganizationId").asText()),
                b.path("firmRegion").asText(),
                UUID.fromString(b.path("providerOrganizationId").asText()),
                b.path("providerRegion").asText(),
                uuid(b.path("voucherId")),
                fen(b.path("fee").path("amount")),
                fenOrNull(view.path("voucherHeld")),
                fenOrNull(view.path("charge")),
                Instant.parse(view.path("createdAt").asText()),
                b.path("sandbox").asBoolean(false));
    }

    private static Facts.Hold hold(JsonNode h) {
        return new Facts.Hold(
                UUID.fromString(h.path("bookingId").asText()),
                UUID.fromString(h.path("voucherId").asText()),
                h.path("issuingRegion").asText(),
                h.path("status").asText(),
                fen(h.path("held")),
                fen(h.path("redeemed")),
                fen(h.path("released")));
    }

    private static UUID uuid(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : UUID.fromString(node.asText());
    }

    private static Long fenOrNull(JsonNode money) {
        return money.isMissingNode() || money.isNull() ? null : fen(money);
    }

    /** {@code {"amount": "1234.50", "currency": "CNY"}} in fen. */
    private static long fen(JsonNode money) {
        return new java.math.BigDecimal(money.path("amount").asText())
                .movePointRight(2)
                .longValueExact();
    }
}
