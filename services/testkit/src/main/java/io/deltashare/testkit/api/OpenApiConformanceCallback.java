package io.deltashare.testkit.api;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holds every answer a module's {@code @QuarkusTest}s receive through RestAssured to the OpenAPI document that the
 * application answering publishes ({@code /q/openapi}), with {@link OpenApiConformance}. A module turns it on by
 * naming this class in its test resources'
 * {@code META-INF/services/io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback}.
 */
public final class OpenApiConformanceCallback implements QuarkusTestBeforeEachCallback {

    private static final Map<String, OpenApiConformance> BY_DOCUMENT = new ConcurrentHashMap<>();
    private static final Filter CHECK = (request, response, context) -> {
        URI asked = URI.create(request.getURI());
        String document = asked.getScheme() + "://" + asked.getAuthority() + "/q/openapi?format=json";
        return BY_DOCUMENT.computeIfAbsent(document, OpenApiConformance::of).filter(request, response, context);
    };

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        synchronized (OpenApiConformanceCallback.class) {
            if (!RestAssured.filters().contains(CHECK)) {
                RestAssured.filters(CHECK);
            }
        }
    }
}
