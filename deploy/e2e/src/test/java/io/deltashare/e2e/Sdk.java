package io.deltashare.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.deltashare.sdk.ApiClient;
import io.deltashare.sdk.ApiException;
import io.deltashare.sdk.model.Money;
import io.deltashare.sdk.model.Problem;
import io.deltashare.testkit.api.ConformingHttpClient;
import io.deltashare.testkit.api.OpenApiConformance;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;

/** The generated Java SDK ({@code io.deltashare.sdk}, module {@code sdk/java}) pointed at the gateway. */
final class Sdk {

    private Sdk() {}

    /**
     * A client of the gateway at {@code gatewayUrl} that sends {@code token}'s bearer token, or none when null, and
     * holds every answer to {@code conformance} (the gateway's OpenAPI document) before the SDK reads it.
     */
    static ApiClient client(String gatewayUrl, Supplier<String> token, OpenApiConformance conformance) {
        // HTTP/1.1: the JDK client's default upgrade to h2c can misread a plain HTTP/1.1 answer
        ApiClient client = new ApiClient(
                ConformingHttpClient.around(
                        HttpClient.newBuilder()
                                .version(HttpClient.Version.HTTP_1_1)
                                .connectTimeout(Duration.ofSeconds(10)),
                        conformance),
                ApiClient.createDefaultObjectMapper(),
                gatewayUrl);
        client.setReadTimeout(Duration.ofSeconds(60));
        if (token != null) {
            Supplier<String> kept = keptForAMinute(token);
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + kept.get()));
        }
        return client;
    }

    /** {@code token}, asked again a minute after it was last asked (the realm's tokens live five). */
    private static Supplier<String> keptForAMinute(Supplier<String> token) {
        return new Supplier<>() {
            private String kept;
            private long askedAt;

            @Override
            public synchronized String get() {
                if (kept == null
                        || System.nanoTime() - askedAt > Duration.ofMinutes(1).toNanos()) {
                    kept = token.get();
                    askedAt = System.nanoTime();
                }
                return kept;
            }
        };
    }

    /** A request body the fixtures ({@code ApiBodies}) write as JSON maps, as the SDK's model {@code type}. */
    static <T> T as(Class<T> type, Object body) {
        return ApiClient.createDefaultObjectMapper().convertValue(body, type);
    }

    /** A call of the SDK whose refusal ({@link ApiException}) fails the test: for helpers that expect success. */
    static <T> T call(Call<T> call) {
        try {
            return call.call();
        } catch (ApiException refused) {
            throw new AssertionError("answered " + refused.getCode() + ": " + refused.getResponseBody(), refused);
        }
    }

    /** One call of the SDK. */
    @FunctionalInterface
    interface Call<T> {
        T call() throws ApiException;
    }

    /** The HTTP status a call was refused with; fails when it succeeded. */
    static int refusal(Call<?> call) {
        try {
            call.call();
        } catch (ApiException refused) {
            return refused.getCode();
        }
        throw new AssertionError("the call succeeded; a refusal was expected");
    }

    /** A fresh {@code Idempotency-Key} for one creating call. */
    static String newKey() {
        return UUID.randomUUID().toString();
    }

    /** The RFC 9457 problem an error answer carried. */
    static Problem problem(ApiException error) {
        try {
            return ApiClient.createDefaultObjectMapper().readValue(error.getResponseBody(), Problem.class);
        } catch (JsonProcessingException notAProblem) {
            throw new AssertionError(
                    "the answer " + error.getCode() + " is not a problem: " + error.getResponseBody(), notAProblem);
        }
    }

    /** {@code amount} yuan ("600000.00"). */
    static Money yuan(String amount) {
        return new Money().amount(amount).currency(Money.CurrencyEnum.CNY);
    }
}
