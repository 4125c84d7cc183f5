package io.deltashare.booking.availability.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.booking.reservation.domain.BookingTerms;
import io.deltashare.contracts.catalog.OpeningHours;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class FreeTimeTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private static final OpeningHours MONDAY_AND_TUESDAY_MORNINGS = new OpeningHours(List.of(
            new OpeningHours.Window(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
            new OpeningHours.Window(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(12, 0))));

    @Test
    void bookingsCutTheOpeningHoursIntoFreeWindowsOfWhichOnlyLongEnoughOnesCount() {
        List<FreeTime.Window> taken = List.of(window(MONDAY, "09:00", "10:00"), window(MONDAY, "11:30", "12:00"));
        assertThat(FreeTime.find(
                        MONDAY_AND_TUESDAY_MORNINGS,
                        taken,
                        at(MONDAY, "00:00"),
                        at(MONDAY.plusDays(2), "00:00"),
                        at(MONDAY, "00:00"),
                        60,
                        5))
                .containsExactly(
                        window(MONDAY, "08:00", "09:00"),
                        window(MONDAY, "10:00", "11:30"),
                        window(MONDAY.plusDays(1), "08:00", "12:00"));
        assertThat(FreeTime.find(
                        MONDAY_AND_TUESDAY_MORNINGS,
                        taken,
                        at(MONDAY, "00:00"),
                        at(MONDAY.plusDays(2), "00:00"),
                        at(MONDAY, "00:00"),
                        90,
                        5))
                .containsExactly(window(MONDAY, "10:00", "11:30"), window(MONDAY.plusDays(1), "08:00", "12:00"));
    }

    @Test
    void windowsStartNoEarlierThanTheLeadTimeAllowsAndOnAQuarterHour() {
        assertThat(FreeTime.find(
                        MONDAY_AND_TUESDAY_MORNINGS,
                        List.of(),
                        at(MONDAY, "00:00"),
                        at(MONDAY, "23:00"),
                        at(MONDAY, "09:07"),
                        60,
                        5))
                .containsExactly(window(MONDAY, "09:15", "12:00"));
        assertThat(FreeTime.find(
                        MONDAY_AND_TUESDAY_MORNINGS,
                        List.of(),
                        at(MONDAY, "00:00"),
                        at(MONDAY, "23:00"),
                        at(MONDAY, "11:30"),
                        60,
                        5))
                .isEmpty();
    }

    private static FreeTime.Window window(LocalDate day, String from, String to) {
        return new FreeTime.Window(at(day, from), at(day, to));
    }

    private static Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(BookingTerms.LOCAL_TIME).toInstant();
    }
}
