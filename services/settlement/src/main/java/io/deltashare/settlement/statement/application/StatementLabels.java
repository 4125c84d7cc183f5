package io.deltashare.settlement.statement.application;

import java.util.Map;
import java.util.UUID;

/**
 * The names a printed statement shows for the ids its lines carry: whose statement it is and where that party is at
 * home, and for each booking or order its instrument or service and the other side (the provider on a firm's or a
 * bureau's statement, the firm on a provider's). A missing name prints as the id.
 */
public record StatementLabels(
        String partyName, String region, Map<UUID, String> listings, Map<UUID, String> counterparties) {

    public static StatementLabels none(String owner) {
        return new StatementLabels(owner, "", Map.of(), Map.of());
    }

    String listing(UUID reference) {
        return reference == null ? "" : listings.getOrDefault(reference, "");
    }

    String counterparty(UUID reference) {
        return reference == null ? "" : counterparties.getOrDefault(reference, "");
    }
}
