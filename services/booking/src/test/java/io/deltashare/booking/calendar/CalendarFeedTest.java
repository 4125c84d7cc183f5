package io.deltashare.booking.calendar;

import static io.deltashare.booking.BookingFixtures.aShanghaiSem;
import static io.deltashare.booking.BookingFixtures.asHefeiInstituteStaff;
import static io.deltashare.booking.BookingFixtures.asJiangsuFirm;
import static io.deltashare.booking.BookingFixtures.asShanghaiCentreStaff;
import static io.deltashare.booking.BookingFixtures.asShanghaiFirm;
import static io.deltashare.booking.BookingFixtures.book;
import static io.deltashare.booking.BookingFixtures.listed;
import static io.deltashare.booking.BookingFixtures.slot;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;

/** The iCalendar feeds parse as iCalendar and show each party what is theirs. */
@QuarkusTest
class CalendarFeedTest {

    @Test
    void theFirmsFeedHasItsSlotsAndTheProvidersFeedAlsoItsMaintenance() throws Exception {
        String sem = listed(aShanghaiSem());
        Map<String, Object> window = slot(sem, 15, "09:00", "11:00");
        String booking = book(window);
        Map<String, Object> later = slot(sem, 15, "14:00", "16:00");
        asShanghaiCentreStaff()
                .body(Map.of("start", later.get("start"), "end", later.get("end"), "reason", "vacuum pump service"))
                .post("/api/v1/instruments/" + sem + "/maintenance-blocks")
                .then()
                .statusCode(201);

        Calendar firm = parse(asJiangsuFirm()
                .get("/api/v1/bookings/calendar.ics")
                .then()
                .statusCode(200)
                .contentType("text/calendar")
                .extract()
                .asString());
        VEvent mine = event(firm, booking);
        assertThat(instant(mine, "DTSTART")).isEqualTo(Instant.parse((String) window.get("start")));
        assertThat(instant(mine, "DTEND")).isEqualTo(Instant.parse((String) window.get("end")));
        assertThat(text(mine, "SUMMARY")).contains("CONFIRMED");

        Calendar instrument = parse(asShanghaiCentreStaff()
                .get("/api/v1/instruments/" + sem + "/calendar.ics")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        List<String> summaries = instrument.<VEvent>getComponents("VEVENT").stream()
                .map(e -> text(e, "SUMMARY"))
                .toList();
        assertThat(summaries).hasSize(2).anyMatch(s -> s.equals("Maintenance: vacuum pump service"));
        event(instrument, booking);

        String otherFirm = asShanghaiFirm()
                .get("/api/v1/bookings/calendar.ics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(otherFirm).doesNotContain(booking);
        asHefeiInstituteStaff()
                .get("/api/v1/instruments/" + sem + "/calendar.ics")
                .then()
                .statusCode(403);
        asJiangsuFirm()
                .get("/api/v1/instruments/" + sem + "/calendar.ics")
                .then()
                .statusCode(403);
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static VEvent event(Calendar calendar, String id) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> text(e, "UID").equals(id + "@deltashare"))
                .findFirst()
                .orElseThrow();
    }

    private static String text(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }

    private static Instant instant(VEvent event, String property) {
        return Instant.from(
                event.<DateProperty<?>>getProperty(property).orElseThrow().getDate());
    }
}
