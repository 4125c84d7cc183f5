package io.deltashare.instrumentcatalog.instrument.application;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.OpeningHours;
import io.deltashare.contracts.money.Money;
import io.deltashare.instrumentcatalog.instrument.domain.BookingMode;
import io.deltashare.instrumentcatalog.instrument.domain.Instrument;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a provider says about an instrument when listing or updating it. Prices are per hour for {@code SLOT} and per
 * sample for {@code SAMPLE}; opening hours are weekly windows in Asia/Shanghai. Whether vouchers pay for it is not
 * the provider's to say (the bureau of its region designates it), so there is no such field here.
 */
@Schema(examples = InstrumentDetails.EXAMPLE)
public record InstrumentDetails(
        @NotNull @Valid Text name,
        @NotNull @Valid Text description,
        @NotBlank @Size(max = 50) String category,
        @NotBlank @Size(max = 200) String manufacturer,
        @NotBlank @Size(max = 200) String model,
        @NotNull Money originalValue,
        @NotBlank @Size(max = 300) String location,
        @NotNull BookingMode bookingMode,
        @NotNull @Valid Prices prices,
        @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid Window> openingHours,
        @NotNull @Min(1) @Max(10_080) Integer minDurationMinutes,
        @NotNull @Min(1) @Max(10_080) Integer maxDurationMinutes,
        @NotNull @Min(0) @Max(8_760) Integer leadTimeHours,
        @NotNull Boolean approvalRequired) {

    /** What a request body of these details looks like, for the OpenAPI document. */
    public static final String EXAMPLE = "{\"name\":{\"zh\":\"场发射扫描电子显微镜\","
            + "\"en\":\"Field-emission scanning electron microscope\"},"
            + "\"description\":{\"zh\":\"二次电子分辨率 0.8 nm，配能谱仪\",\"en\":\"0.8 nm secondary-electron resolution,"
            + " with EDS\"},\"category\":\"electron-microscopy\",\"manufacturer\":\"Hitachi\",\"model\":\"SU8230\","
            + "\"originalValue\":{\"amount\":\"6800000.00\",\"currency\":\"CNY\"},\"location\":\"Building 3,"
            + " room 105\",\"bookingMode\":\"SLOT\",\"prices\":{\"academic\":{\"amount\":\"450.00\","
            + "\"currency\":\"CNY\"},\"enterprise\":{\"amount\":\"900.00\",\"currency\":\"CNY\"}},"
            + "\"openingHours\":[{\"day\":\"MONDAY\",\"from\":\"08:30\",\"to\":\"17:00\"},"
            + "{\"day\":\"TUESDAY\",\"from\":\"08:30\",\"to\":\"17:00\"}],\"minDurationMinutes\":60,"
            + "\"maxDurationMinutes\":480,\"leadTimeHours\":24,\"approvalRequired\":true}";

    /** A bilingual text. */
    public record Text(
            @NotBlank @Size(max = 4000) String zh,
            @NotBlank @Size(max = 4000) String en) {}

    /** Prices for the two tiers. */
    public record Prices(@NotNull Money academic, @NotNull Money enterprise) {}

    /** A weekly opening window, e.g. {@code {"day":"MONDAY","from":"08:30","to":"17:00"}}. */
    @Schema(name = "OpeningWindowDetails")
    public record Window(
            @NotNull DayOfWeek day,
            @NotNull LocalTime from,
            @NotNull LocalTime to) {}

    /** The details as the instrument keeps them; voucher eligibility is the instrument's own (designated) value. */
    Instrument.Listing listing() {
        return new Instrument.Listing(
                new LocalizedText(name.zh(), name.en()),
                new LocalizedText(description.zh(), description.en()),
                category,
                manufacturer,
                model,
                originalValue.fen(),
                location,
                bookingMode,
                prices.academic().fen(),
                prices.enterprise().fen(),
                false,
                openingHours.stream()
                        .map(w -> new OpeningHours.Window(w.day(), w.from(), w.to()))
                        .toList(),
                minDurationMinutes,
                maxDurationMinutes,
                leadTimeHours,
                approvalRequired);
    }
}
