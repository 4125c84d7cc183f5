package io.deltashare.contracts.settlement;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;
import io.deltashare.contracts.money.Money;
import java.time.YearMonth;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A claim batch (兑付) of the bureau of {@code region} for {@code month} was submitted and waits for that bureau's
 * approval: {@code redemptions} redemptions owing {@code total}.
 *
 * @param locality the pilot locality (GB/T 2260 code) whose bureau pays the batch; null for the province's bureau
 */
@EventType(value = "io.deltashare.settlement.ClaimBatchSubmitted.v1", topic = Topics.LEDGER)
public record ClaimBatchSubmitted(
        UUID batchId,
        Region region,
        @Schema(nullable = true) String locality,
        YearMonth month,
        int redemptions,
        Money total,
        Money crossRegionTotal)
        implements IntegrationEvent {

    @Override
    public String subject() {
        return batchId.toString();
    }
}
