package io.deltashare.contracts.booking;

import io.deltashare.contracts.catalog.Region;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A booking as every consumer needs it: who books (firm organization and its region), at which provider (and its
 * region, for cross-region vouchers), which service category, what it costs and which voucher pays part of it.
 *
 * @param mode      {@code SLOT} (instrument time from {@code start} to {@code end}) or {@code SAMPLE}
 *                  ({@code samples} tests; {@code start}/{@code end} are null)
 * @param tier      price tier of the firm, {@code ACADEMIC} or {@code ENTERPRISE}
 * @param fee       the fee as quoted, or as computed from actual usage once completed
 * @param voucherId the voucher that should pay a share, or null
 * @param status    {@code REQUESTED}, {@code PENDING_APPROVAL}, {@code CONFIRMED}, {@code IN_PROGRESS},
 *                  {@code COMPLETED}, {@code REJECTED}, {@code CANCELLED} or {@code NO_SHOW}
 * @param sandbox   made by a partner in sandbox mode, to test an integration: no voucher pays it, and no ledger,
 *                  statement, claim or indicator counts it (absent in events from before sandboxes: false)
 */
public record BookingSnapshot(
        UUID id,
        UUID instrumentId,
        String instrumentCategory,
        UUID providerId,
        UUID providerOrganizationId,
        Region providerRegion,
        UUID firmOrganizationId,
        Region firmRegion,
        String mode,
        @Schema(nullable = true) Instant start,
        @Schema(nullable = true) Instant end,
        @Schema(nullable = true) Integer samples,
        String tier,
        Fee fee,
        @Schema(nullable = true) UUID voucherId,
        String status,
        long version,
        boolean sandbox) {}
