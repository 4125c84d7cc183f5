package io.deltashare.contracts.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {

    @Test
    void theTextFormIsReadBackAsItWasWritten() {
        OpeningHours hours = new OpeningHours(List.of(
                new OpeningHours.Window(DayOfWeek.TUESDAY, LocalTime.of(8, 30), LocalTime.of(12, 0)),
                new OpeningHours.Window(DayOfWeek.MONDAY, LocalTime.of(0, 0), LocalTime.of(23, 45))));

        assertThat(hours.text()).isEqualTo("MONDAY 00:00-23:45,TUESDAY 08:30-12:00");
        assertThat(OpeningHours.parse(hours.text())).isEqualTo(hours);
        assertThat(OpeningHours.parse("")).isEqualTo(new OpeningHours(List.of()));
    }

    @Test
    void timesAreReadAsLocalTimeReadsThem() {
        for (String text : List.of("00:00", "07:05", "09:59", "12:30", "19:00", "23:59", "08:30:15")) {
            assertThat(OpeningHours.time(text)).as(text).isEqualTo(LocalTime.parse(text));
        }
    }

    @Test
    void whatLocalTimeRefusesIsRefused() {
        for (String text : List.of("24:00", "12:60", "+1:30", "1:300", "ab:cd", "12-30", "7:5")) {
            assertThatThrownBy(() -> OpeningHours.time(text)).as(text).isInstanceOf(DateTimeException.class);
            assertThatThrownBy(() -> LocalTime.parse(text)).as(text).isInstanceOf(DateTimeException.class);
        }
    }
}
