package io.deltashare.notification.notice.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The policies of notices: backoff and giving up, expiry warnings, languages, audiences, template names. */
class NoticeRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-02T02:00:00Z");

    @Test
    void theWaitDoublesAfterEachFailureUpToTheLongestAndSendingGivesUpAfterTheMostAttempts() {
        Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(5));
        assertThat(List.of(backoff.after(1), backoff.after(2), backoff.after(3), backoff.after(4), backoff.after(5)))
                .containsExactly(
                        Duration.ofSeconds(30),
                        Duration.ofMinutes(1),
                        Duration.ofMinutes(2),
                        Duration.ofMinutes(4),
                        Duration.ofMinutes(5));
        assertThat(backoff.after(1000)).isEqualTo(Duration.ofMinutes(5));
        assertThat(backoff.retryAfter(7, 8)).contains(Duration.ofMinutes(5));
        assertThat(backoff.retryAfter(8, 8)).isEmpty();
        assertThatThrownBy(() -> backoff.after(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(2), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aVoucherIsWarnedThirtyDaysAndSevenDaysBeforeExpiryEachOnceAndAMissedWarningOnlyByTheNearest() {
        ExpiryWarnings warnings = new ExpiryWarnings(List.of(30, 7));
        Instant in40Days = NOW.plus(Duration.ofDays(40));
        Instant in20Days = NOW.plus(Duration.ofDays(20));
        Instant in5Days = NOW.plus(Duration.ofDays(5));

        assertThat(warnings.due(in40Days, NOW, null)).isEmpty();
        assertThat(warnings.due(in20Days, NOW, null)).contains(30);
        assertThat(warnings.due(in20Days, NOW, 30)).isEmpty();
        assertThat(warnings.due(in5Days, NOW, 30)).contains(7);
        assertThat(warnings.due(in5Days, NOW, 7)).isEmpty();
        // never warned (the service was down): only the 7-day warning, not both
        assertThat(warnings.due(in5Days, NOW, null)).contains(7);
        assertThat(warnings.due(NOW.minusSeconds(1), NOW, null)).isEmpty();
        assertThat(warnings.due(NOW.plus(Duration.ofDays(30)), NOW, null)).contains(30);
    }

    @Test
    void aChineseLocaleOfAnyRegionReadsChineseAnyOtherEnglishAndNoneTheDefault() {
        assertThat(MailLocale.of("zh-CN", MailLocale.EN)).isEqualTo(MailLocale.ZH);
        assertThat(MailLocale.of("zh_TW", MailLocale.EN)).isEqualTo(MailLocale.ZH);
        assertThat(MailLocale.of("en-GB", MailLocale.ZH)).isEqualTo(MailLocale.EN);
        assertThat(MailLocale.of("de", MailLocale.ZH)).isEqualTo(MailLocale.EN);
        assertThat(MailLocale.of(null, MailLocale.ZH)).isEqualTo(MailLocale.ZH);
        assertThat(MailLocale.of(" ", MailLocale.EN)).isEqualTo(MailLocale.EN);
    }

    @Test
    void aProvincesNoticeReachesItsOwnOfficersAndALocalitysOnlyThatLocalitys() {
        Audience province = Audience.holdersOf("bureau", "CN-JS", null);
        Audience wujiang = Audience.holdersOf("bureau", "CN-JS", "320509");
        assertThat(province.includes("CN-JS", null)).isTrue();
        assertThat(province.includes("CN-JS", "320509")).isFalse();
        assertThat(province.includes("CN-ZJ", null)).isFalse();
        assertThat(wujiang.includes("CN-JS", "320509")).isTrue();
        assertThat(wujiang.includes("CN-JS", null)).isFalse();
        assertThat(Audience.holdersOf("finance", null, null).includes("CN-SH", null))
                .isTrue();
        assertThat(Audience.membersOf(UUID.randomUUID()).role()).isNull();
        assertThatThrownBy(() -> new Audience(null, null, "CN-JS", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFactAnEventLeavesOutIsNotSaidAtAll() {
        java.util.Map<String, String> facts = new java.util.HashMap<>();
        facts.put("booking", "b");
        facts.put("reason", null);
        Notice notice =
                new Notice(UUID.randomUUID(), Kind.BOOKING_REJECTED, Audience.membersOf(UUID.randomUUID()), facts);
        assertThat(notice.facts()).containsOnlyKeys("booking");
    }

    @Test
    void eachKindHasATemplateNamedAfterIt() {
        assertThat(Kind.BOOKING_CONFIRMED.template()).isEqualTo("booking-confirmed");
        assertThat(Kind.VOUCHER_APPLICATION_REJECTED.template()).isEqualTo("voucher-application-rejected");
        assertThat(Kind.named("booking_reminder")).isEqualTo(Kind.BOOKING_REMINDER);
        assertThat(Kind.named("nothing")).isNull();
    }
}
