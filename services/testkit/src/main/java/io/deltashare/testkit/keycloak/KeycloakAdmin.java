package io.deltashare.testkit.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Keycloak's admin REST API as the bootstrap admin, for tests that set up clients, users or whole realms. */
public final class KeycloakAdmin {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KeycloakServer server;

    public KeycloakAdmin(KeycloakServer server) {
        this.server = server;
    }

    /** POSTs {@code body} as JSON to {@code /admin/realms/<path>} and returns the answer, whatever its status. */
    public HttpResponse<String> post(String path, Object body) {
        return send(HttpRequest.newBuilder(URI.create(server.url() + "/admin/realms" + path))
                .header("Authorization", "Bearer " + uncheckedToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body)))
                .build());
    }

    /** GETs {@code /admin/realms/<path>} and reads the JSON answer, which must be 200. */
    public JsonNode get(String path) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(server.url() + "/admin/realms" + path))
                .header("Authorization", "Bearer " + uncheckedToken())
                .GET()
                .build());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": " + answer.statusCode() + " " + answer.body());
        }
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** PUTs {@code body} as JSON to {@code /admin/realms/<path>}; it must be accepted (204). */
    public void put(String path, Object body) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(server.url() + "/admin/realms" + path))
                .header("Authorization", "Bearer " + uncheckedToken())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json(body)))
                .build());
        if (answer.statusCode() != 204) {
            throw new IllegalStateException("PUT " + path + ": " + answer.statusCode() + " " + answer.body());
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String uncheckedToken() {
        try {
            return token();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Like {@link #post} but insists on {@code 201 Created}. */
    public void create(String path, Object body) {
        HttpResponse<String> created = post(path, body);
        if (created.statusCode() != 201) {
            throw new IllegalStateException(
                    "Keycloak did not create " + path + ": " + created.statusCode() + " " + created.body());
        }
    }

    private String token() throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=admin-cli&username="
                + URLEncoder.encode(server.adminUsername(), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(server.adminPassword(), StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(server.url() + "/realms/master/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode json = JSON.readTree(response.body());
        if (response.statusCode() != 200 || !json.hasNonNull("access_token")) {
            throw new IllegalStateException("no admin token: " + response.statusCode() + " " + response.body());
        }
        return json.get("access_token").asText();
    }
}
