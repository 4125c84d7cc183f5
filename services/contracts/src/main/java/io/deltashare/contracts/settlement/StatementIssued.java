package io.deltashare.contracts.settlement;

import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;
import io.deltashare.contracts.money.Money;
import java.time.YearMonth;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A monthly statement was issued to a party: a firm or provider organization ({@code partyId}) or a bureau
 * ({@code region}, {@code partyId} null).
 *
 * @param partyKind {@code FIRM}, {@code PROVIDER} or {@code BUREAU}
 */
@EventType(value = "io.deltashare.settlement.StatementIssued.v1", topic = Topics.LEDGER)
public record StatementIssued(
        UUID statementId,
        String partyKind,
        @Schema(nullable = true) UUID partyId,
        @Schema(nullable = true) String region,
        YearMonth month,
        Money openingBalance,
        Money closingBalance,
        int lines)
        implements IntegrationEvent {

    @Override
    public String subject() {
        return statementId.toString();
    }
}
