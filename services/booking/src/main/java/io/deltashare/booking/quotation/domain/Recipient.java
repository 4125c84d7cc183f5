package io.deltashare.booking.quotation.domain;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.catalog.ServiceKind;
import java.util.UUID;

/**
 * A provider a request for quotation went to, through one of its live service offers: the offer says what kind of
 * service (and category) an order from its quote will be, which is what a voucher looks at.
 */
public record Recipient(
        UUID serviceOfferId,
        UUID providerId,
        UUID providerOrganizationId,
        Region providerRegion,
        ServiceKind kind,
        String category,
        LocalizedText serviceName) {}
