package io.deltashare.insight.assessment.messaging;

import io.deltashare.contracts.settlement.SubsidiesPaid;
import io.deltashare.insight.assessment.application.Assessments;
import io.deltashare.platform.inbox.ConsumesEvents;
import io.deltashare.platform.inbox.EventHandlers;
import jakarta.enterprise.context.ApplicationScoped;

/** Settlement's word that an approved subsidy allocation was paid out. */
@ApplicationScoped
public class SubsidyPayments implements ConsumesEvents {

    private final EventHandlers handlers;

    SubsidyPayments(Assessments assessments) {
        this.handlers = EventHandlers.create()
                .on(SubsidiesPaid.class, (event, envelope) -> assessments.paid(event.allocationId(), envelope.time()));
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }
}
