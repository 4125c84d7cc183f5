package io.deltashare.membership.partner.domain;

import io.deltashare.contracts.membership.PartnerScope;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A firm's consent: the partner may act for {@code firm} (a firm or research group organization, in {@code region}) in
 * {@code scopes}, as {@code grantedBy} of the firm's staff decided at {@code grantedAt}.
 */
public record FirmGrant(
        UUID partnerId, UUID firm, String region, Set<PartnerScope> scopes, String grantedBy, Instant grantedAt) {}
