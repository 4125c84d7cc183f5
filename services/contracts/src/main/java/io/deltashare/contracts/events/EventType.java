package io.deltashare.contracts.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names an integration event record on the wire: its CloudEvents {@code type}
 * (e.g. {@code io.deltashare.booking.BookingConfirmed.v1}) and the topic it is published to.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    String value();

    String topic();
}
