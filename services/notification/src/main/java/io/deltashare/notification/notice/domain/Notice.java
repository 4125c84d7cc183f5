package io.deltashare.notification.notice.domain;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * That something happened which {@code audience} should hear of: one per event and kind, e-mailed once to each person
 * of the audience who has not turned {@code kind} off.
 *
 * @param eventId  the event it tells of (for a reminder, an id derived from what it reminds of)
 * @param facts    what the e-mail says, by name: ids, ISO instants, amounts in fen, codes (see the templates)
 */
public record Notice(UUID eventId, Kind kind, Audience audience, Map<String, String> facts) {

    public Notice {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(audience, "audience");
        // a fact an event leaves out (null) is one the e-mail does not say: templates ask for such with `??`
        facts = facts.entrySet().stream()
                .filter(fact -> fact.getValue() != null)
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
