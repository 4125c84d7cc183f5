package io.deltashare.contracts.catalog;

import io.deltashare.contracts.money.Money;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything consumers need to know about a service a provider offers besides instrument time: a testing package,
 * a technical development (R&D) service or a whole-facility package. {@code type} is what the provider offers
 * ({@code TESTING_PACKAGE}, {@code DEVELOPMENT_SERVICE}, {@code FACILITY_PACKAGE}); {@code kind} is the
 * {@link ServiceKind} a voucher program names. Prices are per {@code priceBasis} ({@code PER_SAMPLE},
 * {@code PER_BATCH}, {@code PER_SHIFT}, {@code PER_PACKAGE}) and null when the service is priced by quotation
 * ({@code QUOTATION}).
 *
 * @param standard              the standard a test follows (e.g. {@code GB/T 228.1-2021}), or null
 * @param turnaroundWorkingDays working days from receiving the samples to the report, or null
 * @param sampleRequirements    what the firm sends, or null
 * @param includes              what a package includes besides the instrument (staff support, data processing), or null
 * @param instrumentIds         the provider's instruments the service uses
 */
public record ServiceOfferSnapshot(
        UUID id,
        UUID providerId,
        UUID providerOrganizationId,
        Region providerRegion,
        String city,
        String type,
        ServiceKind kind,
        LocalizedText name,
        LocalizedText description,
        String category,
        String priceBasis,
        @Schema(nullable = true) Money academicPrice,
        @Schema(nullable = true) Money enterprisePrice,
        @Schema(nullable = true) String standard,
        @Schema(nullable = true) Integer turnaroundWorkingDays,
        @Schema(nullable = true) LocalizedText sampleRequirements,
        @Schema(nullable = true) LocalizedText includes,
        List<UUID> instrumentIds,
        String status,
        long version) {}
