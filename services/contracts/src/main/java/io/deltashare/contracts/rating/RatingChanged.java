package io.deltashare.contracts.rating;

import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;

/** A rating changed: the firm edited it within the editing period, or the provider replied. */
@EventType(value = "io.deltashare.booking.RatingChanged.v1", topic = Topics.RATINGS)
public record RatingChanged(RatingSnapshot rating) implements IntegrationEvent {

    @Override
    public String subject() {
        return rating.id().toString();
    }
}
