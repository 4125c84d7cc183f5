package io.deltashare.contracts.insight;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;
import io.deltashare.contracts.money.Money;
import java.util.List;
import java.util.UUID;

/**
 * The bureau of {@code region} approved the subsidies (后补助) of its providers for {@code year}, allocated by their
 * assessment scores: it owes each provider its line's amount; the lines add up to {@code total} exactly.
 */
@EventType(value = "io.deltashare.insight.SubsidiesApproved.v1", topic = Topics.SUBSIDIES)
public record SubsidiesApproved(
        UUID allocationId, UUID assessmentId, Region region, int year, Money total, List<Line> lines)
        implements IntegrationEvent {

    /** One provider's subsidy. */
    public record Line(UUID providerId, UUID providerOrganizationId, Money amount) {}

    @Override
    public String subject() {
        return allocationId.toString();
    }
}
