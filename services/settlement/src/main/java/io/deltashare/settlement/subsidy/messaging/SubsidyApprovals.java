package io.deltashare.settlement.subsidy.messaging;

import io.deltashare.contracts.insight.SubsidiesApproved;
import io.deltashare.platform.inbox.ConsumesEvents;
import io.deltashare.platform.inbox.EventHandlers;
import io.deltashare.settlement.subsidy.application.SubsidyLedger;
import jakarta.enterprise.context.ApplicationScoped;

/** insight's approvals of subsidies, posted once each through the inbox. */
@ApplicationScoped
public class SubsidyApprovals implements ConsumesEvents {

    private final EventHandlers handlers;

    SubsidyApprovals(SubsidyLedger ledger) {
        this.handlers = EventHandlers.create().on(SubsidiesApproved.class, ledger::approved);
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }
}
