package io.deltashare.booking.order.domain;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.catalog.ServiceKind;
import java.util.UUID;

/**
 * Who an order is between, and what service it is for as the catalog offered it (its kind and category); whether a
 * partner in sandbox mode placed it, testing its integration ({@code sandbox}: no voucher pays such an order, and no
 * ledger, statement, claim or indicator counts it).
 */
public record OrderParties(
        UUID firmOrganizationId,
        Region firmRegion,
        UUID serviceOfferId,
        UUID providerId,
        UUID providerOrganizationId,
        Region providerRegion,
        ServiceKind kind,
        String category,
        LocalizedText serviceName,
        boolean sandbox) {}
