package io.deltashare.contracts.catalog;

import io.deltashare.contracts.money.Money;
import java.util.List;
import java.util.UUID;

/**
 * Everything consumers need to know about an instrument: booking rules, prices per tier (per hour for {@code SLOT},
 * per sample for {@code SAMPLE}), weekly opening hours in {@code Asia/Shanghai}, and the owning provider.
 */
public record InstrumentSnapshot(
        UUID id,
        UUID providerId,
        UUID providerOrganizationId,
        Region providerRegion,
        String city,
        LocalizedText name,
        LocalizedText description,
        String category,
        String manufacturer,
        String model,
        Money originalValue,
        String location,
        String bookingMode,
        Money academicPrice,
        Money enterprisePrice,
        boolean voucherEligible,
        List<OpeningWindow> openingHours,
        int minDurationMinutes,
        int maxDurationMinutes,
        int leadTimeHours,
        boolean approvalRequired,
        String status,
        long version) {

    /** One opening window on a weekday, local time in Asia/Shanghai, e.g. MONDAY 08:30–17:00. */
    public record OpeningWindow(String day, String from, String to) {}
}
