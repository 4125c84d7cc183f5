package io.deltashare.booking.reservation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.contracts.catalog.OpeningHours;
import io.deltashare.platform.decision.Violation;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The booking rules as plain functions: terms of an instrument, prices, charges and the lifecycle. */
class BookingRulesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private static final Instant NOW = at(MONDAY.minusDays(3), "12:00");

    private final BookingTerms weekdays = new BookingTerms(
            BookingMode.SLOT,
            new OpeningHours(List.of(
                    new OpeningHours.Window(DayOfWeek.MONDAY, LocalTime.of(8, 30), LocalTime.of(12, 0)),
                    new OpeningHours.Window(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(17, 0)))),
            60,
            180,
            24);

    @Test
    void aSlotInsideOneOpeningWindowWithinTheLimitsIsFine() {
        assertThat(weekdays.checkSlot(at(MONDAY, "08:30"), at(MONDAY, "11:30"), NOW))
                .isEmpty();
        assertThat(weekdays.checkSlot(at(MONDAY, "13:00"), at(MONDAY, "14:00"), NOW))
                .isEmpty();
    }

    @Test
    void aSlotAcrossTheLunchBreakOrOnAClosedDayIsOutsideOpeningHours() {
        assertThat(fields(weekdays.checkSlot(at(MONDAY, "11:00"), at(MONDAY, "13:30"), NOW)))
                .containsExactly("start");
        assertThat(fields(weekdays.checkSlot(at(MONDAY.plusDays(1), "09:00"), at(MONDAY.plusDays(1), "10:00"), NOW)))
                .containsExactly("start");
    }

    @Test
    void durationLeadTimeAndQuarterHoursAreChecked() {
        assertThat(weekdays.checkSlot(at(MONDAY, "09:00"), at(MONDAY, "09:45"), NOW))
                .extracting(Violation::reason)
                .anyMatch(r -> r.contains("at least 60"));
        assertThat(weekdays.checkSlot(at(MONDAY, "13:00"), at(MONDAY, "16:15"), NOW))
                .extracting(Violation::reason)
                .anyMatch(r -> r.contains("at most 180"));
        assertThat(weekdays.checkSlot(at(MONDAY, "09:00"), at(MONDAY, "10:00"), at(MONDAY, "08:00")))
                .extracting(Violation::reason)
                .anyMatch(r -> r.contains("24 hours ahead"));
        assertThat(weekdays.checkSlot(at(MONDAY, "09:05"), at(MONDAY, "10:05"), NOW))
                .extracting(Violation::reason)
                .anyMatch(r -> r.contains("quarter hour"));
        assertThat(weekdays.checkSlot(at(MONDAY, "10:00"), at(MONDAY, "09:00"), NOW))
                .extracting(Violation::field)
                .containsExactly("end");
    }

    @Test
    void timeIsBilledInStartedQuarterHoursAndSamplesOneByOne() {
        Pricing twoAndAHalfHours = Pricing.forMinutes(140, 60_000);
        assertThat(twoAndAHalfHours.quantity()).isEqualByComparingTo("2.5");
        assertThat(twoAndAHalfHours.amountFen()).isEqualTo(150_000);
        assertThat(Pricing.forMinutes(61, 33_333).amountFen())
                .as("1.25 h at 333.33")
                .isEqualTo(41_666);
        assertThat(Pricing.forSamples(3, 40_000).amountFen()).isEqualTo(120_000);
    }

    @Test
    void cancellingIsFreeUntilADayBeforeThenHalfRoundedDown() {
        Charges charges = new Charges(100);
        Instant start = at(MONDAY, "09:00");
        assertThat(charges.cancellation(120_001, start, start.minusSeconds(24 * 3600)))
                .isZero();
        assertThat(charges.cancellation(120_001, start, start.minusSeconds(24 * 3600 - 1)))
                .isEqualTo(60_000);
        assertThat(charges.cancellation(120_001, null, NOW))
                .as("a sample order not yet started")
                .isZero();
        assertThat(charges.noShow(120_001)).isEqualTo(120_001);
        assertThat(new Charges(50).noShow(120_001)).isEqualTo(60_000);
    }

    @Test
    void onlyTheLifecyclesArrowsAreLegal() {
        assertThat(BookingStatus.REQUESTED.canBecome(BookingStatus.PENDING_APPROVAL))
                .isTrue();
        assertThat(BookingStatus.PENDING_APPROVAL.canBecome(BookingStatus.CONFIRMED))
                .isTrue();
        assertThat(BookingStatus.CONFIRMED.canBecome(BookingStatus.IN_PROGRESS)).isTrue();
        assertThat(BookingStatus.IN_PROGRESS.canBecome(BookingStatus.DELIVERED)).isTrue();
        assertThat(BookingStatus.IN_PROGRESS.canBecome(BookingStatus.COMPLETED))
                .as("only through the usage report")
                .isFalse();
        assertThat(BookingStatus.DELIVERED.canBecome(BookingStatus.COMPLETED)).isTrue();
        assertThat(BookingStatus.DELIVERED.canBecome(BookingStatus.DISPUTED)).isTrue();
        assertThat(BookingStatus.DISPUTED.canBecome(BookingStatus.DELIVERED))
                .as("the provider reports again")
                .isTrue();
        assertThat(BookingStatus.DISPUTED.canBecome(BookingStatus.COMPLETED))
                .as("the admin decides")
                .isTrue();
        assertThat(BookingStatus.DELIVERED.canBecome(BookingStatus.CANCELLED)).isFalse();
        assertThat(BookingStatus.IN_PROGRESS.canBecome(BookingStatus.CANCELLED)).isFalse();
        assertThat(BookingStatus.CONFIRMED.canBecome(BookingStatus.COMPLETED)).isFalse();
        for (BookingStatus end : List.of(
                BookingStatus.COMPLETED, BookingStatus.REJECTED, BookingStatus.CANCELLED, BookingStatus.NO_SHOW)) {
            for (BookingStatus any : BookingStatus.values()) {
                assertThat(end.canBecome(any)).as(end + " is final").isFalse();
            }
        }
        assertThat(BookingStatus.COMPLETED.refusalToBecome(BookingStatus.CANCELLED))
                .isEqualTo("a booking that is COMPLETED cannot become CANCELLED");
    }

    private static Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(BookingTerms.LOCAL_TIME).toInstant();
    }

    private static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).distinct().toList();
    }

    @Test
    void aProviderStartsShortlyBeforeTheSlotReportsOnceItBeganAndBillsBeyondTheBookingOnlyWithConsent() {
        CompletionRules rules =
                new CompletionRules(Duration.ofMinutes(30), Duration.ZERO, Duration.ofMinutes(30), Duration.ofDays(3));
        Instant start = at(MONDAY, "09:00");
        Instant end = at(MONDAY, "11:00");
        assertThat(rules.tooEarlyToStart(start, start.minus(Duration.ofMinutes(31))))
                .isPresent();
        assertThat(rules.tooEarlyToStart(start, start.minus(Duration.ofMinutes(30))))
                .isEmpty();
        assertThat(rules.tooEarlyToStart(null, NOW))
                .as("a sample order starts when the samples arrive")
                .isEmpty();
        assertThat(rules.tooEarlyToReport(start, start.minusSeconds(1))).isPresent();
        assertThat(rules.tooEarlyToReport(start, start)).isEmpty();
        assertThat(rules.withinBooking(start, end, null, 150, null)).isTrue();
        assertThat(rules.withinBooking(start, end, null, 151, null)).isFalse();
        assertThat(rules.withinBooking(null, null, 4, null, 4)).isTrue();
        assertThat(rules.withinBooking(null, null, 4, null, 5)).isFalse();
        assertThat(rules.disputableUntil(start)).isEqualTo(start.plus(Duration.ofDays(3)));
    }
}
