package io.deltashare.instrumentcatalog.rating.messaging;

import io.deltashare.contracts.rating.RatingChanged;
import io.deltashare.contracts.rating.RatingGiven;
import io.deltashare.instrumentcatalog.rating.persistence.CatalogRatings;
import io.deltashare.platform.inbox.ConsumesEvents;
import io.deltashare.platform.inbox.EventHandlers;
import jakarta.enterprise.context.ApplicationScoped;

/** Keeps the ratings booking announces, each applied once, never going back to an older version. */
@ApplicationScoped
public class RatingsConsumer implements ConsumesEvents {

    private final EventHandlers handlers;

    RatingsConsumer(CatalogRatings ratings) {
        this.handlers = EventHandlers.create()
                .on(RatingGiven.class, (event, envelope) -> ratings.apply(event.rating()))
                .on(RatingChanged.class, (event, envelope) -> ratings.apply(event.rating()));
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }
}
