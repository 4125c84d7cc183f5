package io.deltashare.instrumentcatalog.instrument.application;

import io.deltashare.contracts.money.Money;
import io.deltashare.instrumentcatalog.instrument.domain.BookingMode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/**
 * What a provider says about an instrument when listing or updating it. Prices are per hour for {@code SLOT} and per
 * sample for {@code SAMPLE}; opening hours are weekly windows in Asia/Shanghai.
 */
public record InstrumentDetails(@NotNull @Valid Text name, @NotNull @Valid Text description,
                                @NotBlank @Size(max = 50) String category,
                                @NotBlank @Size(max = 200) String manufacturer, @NotBlank @Size(max = 200) String model,
                                @NotNull Money originalValue, @NotBlank @Size(max = 300) String location,
                                @NotNull BookingMode bookingMode, @NotNull @Valid Prices prices,
                                @NotNull Boolean voucherEligible,
                                @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid Window> openingHours,
                                @NotNull @Min(1) @Max(10_080) Integer minDurationMinutes,
                                @NotNull @Min(1) @Max(10_080) Integer maxDurationMinutes,
                                @NotNull @Min(0) @Max(8_760) Integer leadTimeHours, @NotNull Boolean approvalRequired) {

    /** A bilingual text. */
    public record Text(@NotBlank @Size(max = 4000) String zh, @NotBlank @Size(max = 4000) String en) {
    }

    /** Prices for the two tiers. */
    public record Prices(@NotNull Money academic, @NotNull Money enterprise) {
    }

    /** A weekly opening window, e.g. {@code {"day":"MONDAY","from":"08:30","to":"17:00"}}. */
    public record Window(@NotNull DayOfWeek day, @NotNull LocalTime from, @NotNull LocalTime to) {
    }
}
