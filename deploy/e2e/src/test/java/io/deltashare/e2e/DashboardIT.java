package io.deltashare.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.deltashare.testkit.browser.Browsers;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser: Debian's chromium, headless, through its chromedriver (nothing is downloaded). The
 * public page shows the numbers the indicators API gives; a bureau officer signs in at Keycloak (code flow with PKCE)
 * and sees the applications waiting for their bureau. The API documentation renders the AsyncAPI documents. Screenshots
 * go to {@code target/dashboard/}.
 */
class DashboardIT {

    private static DeltaShareSystem system;

    @BeforeAll
    static void startTheSystem() throws Exception {
        Browsers.assumeInstalled("the dashboard's browser test");
        system = DeltaShareSystem.shared();
        allowSignInAt(system.local().gatewayUrl() + "/dashboard/");
    }

    @Test
    void anyoneSeesThePublicFiguresAndABureauOfficerSignsInToTheirOwnView() throws IOException {
        int year = LocalDate.now(Demo.SHANGHAI).getYear();
        WebDriver browser = browser();
        try {
            WebDriverWait wait = pageWait(browser);
            browser.get(system.local().gatewayUrl() + "/dashboard/");
            wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
            JsonPath indicators = system.anonymous()
                    .get("/api/v1/indicators?year=" + year + "&baseYear=" + (year - 2))
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(browser.findElement(By.id("firms-applied")).getAttribute("data-value"))
                    .isEqualTo(indicators.getString("delta.firmsApplied.value"));
            assertThat(browser.findElement(By.id("cross-region")).getAttribute("data-value"))
                    .isEqualTo(indicators.getString("delta.crossRegionServicesBought.value.amount"));
            assertThat(browser.findElement(By.id("cashed")).getAttribute("data-value"))
                    .isEqualTo(indicators.getString("delta.cashed.value.amount"));
            // bilingual: the toggle switches between the two, whichever the browser started in
            String first = browser.findElement(By.tagName("h1")).getText();
            browser.findElement(By.id("language")).click();
            wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.tagName("h1"), first)));
            if (!browser.findElement(By.tagName("h1")).getText().equals("长三角科技创新券与大型仪器共享")) {
                browser.findElement(By.id("language")).click();
            }
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "长三角科技创新券与大型仪器共享"));
            assertThat(browser.findElement(By.id("firms-applied")).getAttribute("data-value"))
                    .isEqualTo(indicators.getString("delta.firmsApplied.value"));
            assertThat(browser.findElements(By.cssSelector("#flows td"))).isNotEmpty();
            screenshot(browser, "public.png");

            browser.findElement(By.id("sign-in")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
            // the realm has organizations on: Keycloak asks for the username first, then the password
            browser.findElement(By.id("username")).sendKeys("bureau.zj");
            if (browser.findElements(By.id("password")).isEmpty()) {
                browser.findElement(By.id("kc-login")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
            }
            browser.findElement(By.id("password")).sendKeys("demo");
            browser.findElement(By.id("kc-login")).click();
            wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bureau")));
            wait.until(ExpectedConditions.attributeToBeNotEmpty(
                    browser.findElement(By.id("pending-count")), "data-count"));
            List<Object> waiting = system.as("bureau.zj")
                    .get("/api/v1/voucher-applications?status=SUBMITTED&limit=100")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("items");
            assertThat(browser.findElement(By.id("pending-count")).getAttribute("data-count"))
                    .isEqualTo(String.valueOf(waiting.size()));
            assertThat(browser.findElement(By.id("who")).getText()).startsWith("bureau.zj");
            screenshot(browser, "bureau.png");
        } finally {
            browser.quit();
        }
    }

    @Test
    void theApiDocumentationRendersEveryEventOfTheAsyncApiDocuments() throws IOException {
        WebDriver browser = browser();
        try {
            WebDriverWait wait = pageWait(browser);
            for (String document : List.of("events", "webhooks")) {
                browser.get(system.local().gatewayUrl() + "/asyncapi/?document=" + document);
                wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
                List<Object> messages = system.anonymous()
                        .get("/asyncapi/" + document)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("components.messages.collect { it.value.name }");
                List<String> shown = browser.findElements(By.cssSelector("details.message")).stream()
                        .map(message -> message.getAttribute("data-type"))
                        .toList();
                assertThat(shown)
                        .containsExactlyInAnyOrderElementsOf(
                                messages.stream().map(Object::toString).toList());
                browser.findElement(By.cssSelector("details.message summary")).click();
                assertThat(browser.findElement(By.cssSelector("details.message[open] table"))
                                .getText())
                        .contains("required");
                screenshot(browser, "asyncapi-" + document + ".png");
            }
        } finally {
            browser.quit();
        }
    }

    /**
     * Waits up to a minute, polling again when the element just read was replaced: the sign-in's redirect back reloads
     * the page between finding {@code body} and reading its attribute.
     */
    private static WebDriverWait pageWait(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private static WebDriver browser() {
        return Browsers.open(1400, 1800, "zh-CN");
    }

    private static void screenshot(WebDriver browser, String name) throws IOException {
        Browsers.screenshot(browser, "dashboard", name);
    }

    /** The e2e gateway listens on a free port: the realm's web client must know its dashboard as a redirect URI. */
    private static void allowSignInAt(String dashboard) {
        var admin = system.local().keycloakAdmin();
        JsonNode client =
                admin.get("/deltashare/clients?clientId=deltashare-web").get(0);
        List<String> redirects = new ArrayList<>();
        client.path("redirectUris").forEach(uri -> redirects.add(uri.asText()));
        redirects.add(dashboard);
        String origin = dashboard.substring(0, dashboard.indexOf("/dashboard/"));
        List<String> origins = new ArrayList<>();
        client.path("webOrigins").forEach(o -> origins.add(o.asText()));
        origins.add(origin);
        admin.put(
                "/deltashare/clients/" + client.path("id").asText(),
                Map.of(
                        "redirectUris", redirects,
                        "webOrigins", origins,
                        "attributes", Map.of("post.logout.redirect.uris", "+")));
    }
}
