package io.deltashare.contracts.settlement;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;
import io.deltashare.contracts.money.Money;
import java.util.UUID;

/**
 * The bureau of {@code region} paid the subsidies of allocation {@code allocationId}: {@code total} to its providers,
 * recorded as ledger transaction {@code transactionId}.
 */
@EventType(value = "io.deltashare.settlement.SubsidiesPaid.v1", topic = Topics.LEDGER)
public record SubsidiesPaid(UUID allocationId, Region region, int year, Money total, UUID transactionId)
        implements IntegrationEvent {

    @Override
    public String subject() {
        return allocationId.toString();
    }
}
