package io.deltashare.contracts.settlement;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;
import io.deltashare.contracts.money.Money;
import java.time.YearMonth;
import java.util.UUID;

/** The bureau of {@code region} paid its claim batch for {@code month}; {@code transactionId} is the ledger entry. */
@EventType(value = "io.deltashare.settlement.ClaimBatchPaid.v1", topic = Topics.LEDGER)
public record ClaimBatchPaid(UUID batchId, Region region, YearMonth month, Money total, UUID transactionId)
        implements IntegrationEvent {

    @Override
    public String subject() {
        return batchId.toString();
    }
}
