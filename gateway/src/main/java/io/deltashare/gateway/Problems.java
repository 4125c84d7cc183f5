package io.deltashare.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.deltashare.contracts.events.EventJson;
import io.vertx.core.http.HttpServerResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** RFC 9457 answers the gateway gives itself, shaped like the services' own. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {}

    public static void send(
            HttpServerResponse response, int status, String slug, String title, String detail, String path) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://deltashare.io/problems/" + slug);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", path);
        try {
            response.setStatusCode(status)
                    .putHeader("Content-Type", MEDIA_TYPE)
                    .end(EventJson.mapper().writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem that cannot be written as JSON", e);
        }
    }
}
