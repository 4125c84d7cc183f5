package io.deltashare.notification.notice;

import static io.deltashare.notification.NotificationFixtures.JS_BIOMED_FIRM;
import static io.deltashare.notification.NotificationFixtures.JS_BUREAU;
import static io.deltashare.notification.NotificationFixtures.MAILBOX;
import static io.deltashare.notification.NotificationFixtures.WUJIANG_BUREAU;
import static io.deltashare.notification.NotificationFixtures.awaitMails;
import static io.deltashare.notification.NotificationFixtures.publish;
import static io.deltashare.notification.NotificationFixtures.to;
import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.catalog.ServiceKind;
import io.deltashare.contracts.events.CloudEvent;
import io.deltashare.contracts.money.Money;
import io.deltashare.contracts.voucher.VoucherApplicationRejected;
import io.deltashare.contracts.voucher.VoucherApplied;
import io.deltashare.contracts.voucher.VoucherIssued;
import io.deltashare.contracts.voucher.VoucherSnapshot;
import io.deltashare.notification.reminder.application.Reminders;
import io.deltashare.testkit.kafka.TopicWriter;
import io.deltashare.testkit.keycloak.DemoRealm;
import io.deltashare.testkit.mail.LocalMailServer.Received;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A voucher application by e-mail: the officers of the bureau running the program hear of it (in Chinese, the realm's
 * default), the firm of the approval with its code and face value, or of the refusal with the reason (in English, its
 * account's locale); and of the voucher's coming expiry, once per warning.
 */
@QuarkusTest
class VoucherByMailTest {

    @Inject
    Reminders reminders;

    @Test
    void anApplicationReachesTheProvincesBureauAndItsApprovalTheFirmOnce() {
        UUID application = UUID.randomUUID();
        CloudEvent applied = publish(
                "innovation-voucher",
                new VoucherApplied(
                        application, UUID.randomUUID(), Region.CN_JS, null, DemoRealm.JS_BIOMED, 2026, Instant.now()));
        Received received = awaitMails(applied, 1).get(0);
        // the province's officer, not the Wujiang pilot locality's
        assertThat(received.to()).containsExactly(JS_BUREAU);
        assertThat(received.subject()).startsWith("新的创新券申请：");
        assertThat(received.text())
                .contains("江苏省 Jiangsu (CN-JS) 的科技创新券", application.toString().substring(0, 8));

        VoucherSnapshot voucher = voucher(Instant.now().plus(Duration.ofDays(365)));
        CloudEvent issued = publish("innovation-voucher", new VoucherIssued(application, voucher));
        Received approval = awaitMails(issued, 1).get(0);
        assertThat(approval.to()).containsExactly(JS_BIOMED_FIRM);
        assertThat(approval.subject()).isEqualTo("Voucher application approved: " + voucher.code() + ", ¥20,000.00");
        assertThat(approval.text())
                .contains("Code: " + voucher.code(), "Face value: ¥20,000.00", "/api/v1/vouchers/" + voucher.id());

        TopicWriter.redeliver(issued, new VoucherIssued(application, voucher));
        // a new event about the same voucher (same partition), taken after the redelivery
        CloudEvent marker = publish("innovation-voucher", new VoucherIssued(application, voucher));
        awaitMails(marker, 1);
        assertThat(MAILBOX.about(issued.id())).hasSize(1);
    }

    @Test
    void aLocalitysApplicationReachesTheLocalitysBureauAndARefusalTellsTheFirmWhy() {
        CloudEvent applied = publish(
                "innovation-voucher",
                new VoucherApplied(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        Region.CN_JS,
                        DemoRealm.JS_WUJIANG,
                        DemoRealm.JS_BIOMED,
                        2026,
                        Instant.now()));
        assertThat(awaitMails(applied, 1).get(0).to()).containsExactly(WUJIANG_BUREAU);

        CloudEvent rejected = publish(
                "innovation-voucher",
                new VoucherApplicationRejected(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        Region.CN_JS,
                        DemoRealm.JS_BIOMED,
                        "the firm is not registered in Jiangsu"));
        Received refusal = awaitMails(rejected, 1).get(0);
        assertThat(refusal.subject()).isEqualTo("Voucher application not approved");
        assertThat(refusal.text()).contains("Reason: the firm is not registered in Jiangsu");
    }

    @Test
    void aVoucherExpiringWithinThirtyDaysIsWarnedOfOnce() {
        VoucherSnapshot voucher = voucher(Instant.now().plus(Duration.ofDays(20)));
        CloudEvent issued = publish("innovation-voucher", new VoucherIssued(UUID.randomUUID(), voucher));
        awaitMails(issued, 1);

        reminders.remind();
        reminders.remind();
        List<Received> warnings =
                awaitMails(to(JS_BIOMED_FIRM, "Voucher " + voucher.code() + " expires within 30 days"));
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).text()).contains("face value ¥20,000.00");
    }

    private static VoucherSnapshot voucher(Instant expiresAt) {
        String code = "JS"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        return new VoucherSnapshot(
                UUID.randomUUID(),
                code,
                UUID.randomUUID(),
                Region.CN_JS,
                DemoRealm.JS_BIOMED,
                Money.parse("20000.00"),
                "0.5",
                List.of(Region.CN_SH, Region.CN_JS, Region.CN_ZJ, Region.CN_AH),
                List.of("electron-microscopy"),
                Instant.now(),
                expiresAt,
                "ACTIVE",
                List.of(ServiceKind.INSTRUMENT_TIME),
                List.of());
    }
}
