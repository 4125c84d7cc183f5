package io.deltashare.testkit.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real browser for tests of pages: Debian's chromium, headless, through its own chromedriver (nothing is
 * downloaded), and screenshots kept under {@code target/} for a person to look at.
 */
public final class Browsers {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browsers() {}

    /** Skips the calling test class when this machine has no chromium and chromedriver, saying how to get them. */
    public static void assumeInstalled(String what) {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                what + " needs Debian's chromium and chromium-driver"
                        + " (apt-get install chromium chromium-driver fonts-noto-cjk)");
    }

    /** A headless chromium of {@code width} × {@code height} pixels whose preferred language is {@code language}. */
    public static WebDriver open(int width, int height, String language) {
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-dev-shm-usage",
                        "--window-size=" + width + "," + height,
                        "--lang=" + language)
                .setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /** Saves what {@code browser} shows as {@code target/<folder>/<name>}. */
    public static Path screenshot(WebDriver browser, String folder, String name) throws IOException {
        Path target = Path.of("target", folder);
        Files.createDirectories(target);
        Path file = target.resolve(name);
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        return file;
    }
}
