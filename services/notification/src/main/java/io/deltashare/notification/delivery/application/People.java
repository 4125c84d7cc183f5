package io.deltashare.notification.delivery.application;

import io.deltashare.notification.notice.domain.Audience;
import java.util.List;
import java.util.UUID;

/** Who is in an audience, with where to write to them and in which language: the identity provider's directory. */
public interface People {

    /** A person who can be written to: their account id, e-mail address and the locale their account names (or null). */
    record Person(UUID id, String address, String locale) {}

    /** Everyone in {@code audience} with an e-mail address and an enabled account; none for an unknown organization. */
    List<Person> in(Audience audience);

    /** The directory did not answer; the notice is addressed again later. */
    final class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
