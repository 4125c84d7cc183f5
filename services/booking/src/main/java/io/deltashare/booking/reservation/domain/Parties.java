package io.deltashare.booking.reservation.domain;

import io.deltashare.contracts.catalog.Region;
import java.util.UUID;

/**
 * Who books what from whom, copied in when the booking is made so that later edits of the instrument or provider do
 * not move it: the instrument and its category, the provider and its region, the firm and its region, the person
 * (token subject) who booked, and whether that was a partner in sandbox mode testing its integration ({@code sandbox}:
 * no voucher pays such a booking, and no ledger, statement, claim or indicator counts it).
 */
public record Parties(
        UUID instrumentId,
        String instrumentCategory,
        UUID providerId,
        UUID providerOrganizationId,
        Region providerRegion,
        UUID firmOrganizationId,
        Region firmRegion,
        String bookedBy,
        boolean sandbox) {}
