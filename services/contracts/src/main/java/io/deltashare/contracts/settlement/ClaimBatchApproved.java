package io.deltashare.contracts.settlement;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;
import io.deltashare.contracts.money.Money;
import java.time.YearMonth;
import java.util.UUID;

/** The bureau of {@code region} approved its claim batch (兑付) for {@code month}: it will pay {@code total}. */
@EventType(value = "io.deltashare.settlement.ClaimBatchApproved.v1", topic = Topics.LEDGER)
public record ClaimBatchApproved(
        UUID batchId, Region region, YearMonth month, int redemptions, Money total, Money crossRegionTotal)
        implements IntegrationEvent {

    @Override
    public String subject() {
        return batchId.toString();
    }
}
