package io.deltashare.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person signs up as anyone would: Keycloak's own registration page of realm {@code deltashare}, reached from the
 * browser client's authorization request, filled in and sent. No admin call is involved, so this proves that
 * self-registration is open.
 */
final class SignUp {

    private static final Pattern FORM_ACTION =
            Pattern.compile("<form[^>]*id=\"kc-register-form\"[^>]*action=\"([^\"]+)\"", Pattern.DOTALL);

    private static final Pattern FEEDBACK =
            Pattern.compile("(?:kc-feedback-text|input-error[^\"]*)\"[^>]*>\\s*([^<]+)", Pattern.DOTALL);

    private SignUp() {}

    /** Registers {@code username} (password {@code demo}, the demo realm's lax policy allows it); its user name. */
    static String newPerson(String keycloakUrl, String username) throws IOException, InterruptedException {
        // cookies are carried by hand: Keycloak marks its session cookies Secure, which java.net's cookie store
        // then keeps from a plain-HTTP localhost, as no browser would for localhost
        HttpClient browser = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        String realm = keycloakUrl + "/realms/deltashare";
        HttpResponse<String> form = browser.send(
                HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/registrations?"
                                + form(Map.of(
                                        "client_id", "deltashare-web",
                                        "response_type", "code",
                                        "scope", "openid",
                                        "redirect_uri", "http://localhost:8080/auth/callback",
                                        "state", UUID.randomUUID().toString(),
                                        "code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
                                        "code_challenge_method", "S256"))))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String page = form.body();
        String cookies = form.headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.split(";", 2)[0])
                .collect(Collectors.joining("; "));
        Matcher action = FORM_ACTION.matcher(page);
        if (!action.find()) {
            throw new AssertionError(
                    "Keycloak offered no registration form: " + page.substring(0, Math.min(600, page.length())));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("email", username + "@example.cn");
        fields.put("firstName", "Xiaoming");
        fields.put("lastName", "Wang");
        fields.put("password", "demo");
        fields.put("password-confirm", "demo");
        HttpResponse<String> registered = browser.send(
                HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", cookies)
                        .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String location = registered.headers().firstValue("Location").orElse("");
        if (registered.statusCode() != 302 || !location.startsWith("http://localhost:8080/auth/callback")) {
            throw new AssertionError("registration of " + username + " was not accepted: " + registered.statusCode()
                    + " " + location + " "
                    + registered
                            .body()
                            .substring(0, Math.min(600, registered.body().length())));
        }
        return username;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
