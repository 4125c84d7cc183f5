package io.deltashare.notification.notice;

import static io.deltashare.notification.NotificationFixtures.awaitMails;
import static io.deltashare.notification.NotificationFixtures.publish;
import static io.deltashare.testkit.fixtures.ABooking.aBooking;
import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.contracts.booking.BookingRequested;
import io.deltashare.contracts.booking.BookingSnapshot;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.events.CloudEvent;
import io.deltashare.contracts.voucher.VoucherApplicationRejected;
import io.deltashare.testkit.browser.Browsers;
import io.deltashare.testkit.keycloak.DemoRealm;
import io.deltashare.testkit.mail.LocalMailServer;
import io.deltashare.testkit.mail.LocalMailServer.Received;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The e-mails as their readers see them: the HTML of a Chinese and an English e-mail, opened in a real browser
 * (Debian's chromium, headless) from the mail server's web view, with the subject as heading, the body's lines and
 * the footer on turning the kind off. Screenshots go to {@code target/mail/}.
 */
@QuarkusTest
class MailInTheBrowserTest {

    @BeforeAll
    static void aBrowserIsThere() {
        Browsers.assumeInstalled("the e-mails' browser test");
    }

    @Test
    void aChineseAndAnEnglishEMailReadAsWrittenInABrowser() throws IOException {
        BookingSnapshot booking = aBooking()
                .by(DemoRealm.JS_BIOMED, Region.CN_JS)
                .at(DemoRealm.SH_ANALYSIS_CENTRE, Region.CN_SH)
                .endingAt(Instant.now().plus(Duration.ofDays(2)))
                .costing("2400.00")
                .status("PENDING_APPROVAL")
                .build();
        Received chinese =
                awaitMails(publish("booking", new BookingRequested(booking)), 1).get(0);
        CloudEvent refused = publish(
                "innovation-voucher",
                new VoucherApplicationRejected(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        Region.CN_JS,
                        DemoRealm.JS_BIOMED,
                        "the program's budget for 2026 is spent"));
        Received english = awaitMails(refused, 1).get(0);

        WebDriver browser = Browsers.open(900, 900, "zh-CN");
        try {
            browser.get(LocalMailServer.shared().webUrl() + "messages/" + chinese.n());
            assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo(chinese.subject());
            assertThat(browser.findElement(By.tagName("body")).getText()).contains("报价：¥2,400.00", "如不想再收到此类邮件");
            Browsers.screenshot(browser, "mail", "booking-requested.zh.png");

            browser.get(LocalMailServer.shared().webUrl() + "messages/" + english.n());
            assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("Voucher application not approved");
            assertThat(browser.findElement(By.tagName("body")).getText())
                    .contains("Reason: the program's budget for 2026 is spent", "turn them off");
            Browsers.screenshot(browser, "mail", "voucher-application-rejected.en.png");

            browser.get(LocalMailServer.shared().webUrl());
            assertThat(browser.findElement(By.tagName("table")).getText())
                    .contains(chinese.subject(), english.subject());
        } finally {
            browser.quit();
        }
    }
}
