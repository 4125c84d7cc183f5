package io.deltashare.booking.calendar.rest;

import io.deltashare.booking.calendar.application.CalendarFeeds;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** Writes calendar entries as an iCalendar (RFC 5545) document with ical4j; times are UTC. */
final class ICalendar {

    static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

    private ICalendar() {}

    static String of(String name, List<CalendarFeeds.Entry> entries) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//DeltaShare//booking " + name + "//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (CalendarFeeds.Entry entry : entries) {
            VEvent event = new VEvent(entry.start(), entry.end(), entry.summary());
            event.add(new Uid(entry.id() + "@deltashare"));
            event.add(new Description(entry.description()));
            calendar.add(event);
        }
        return calendar.toString();
    }
}
