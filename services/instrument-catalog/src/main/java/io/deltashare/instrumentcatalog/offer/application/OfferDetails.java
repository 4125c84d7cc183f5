package io.deltashare.instrumentcatalog.offer.application;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.instrumentcatalog.instrument.application.InstrumentDetails;
import io.deltashare.instrumentcatalog.offer.domain.OfferType;
import io.deltashare.instrumentcatalog.offer.domain.PriceBasis;
import io.deltashare.instrumentcatalog.offer.domain.ServiceOffer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a provider says about a service when offering or changing it. {@code prices} are per {@code priceBasis} and
 * left out for a service priced by quotation; a testing package states its turnaround and sample requirements, a
 * facility package what it includes and the instruments it uses.
 */
@Schema(examples = OfferDetails.EXAMPLE)
public record OfferDetails(
        @NotNull OfferType type,
        @NotNull @Valid InstrumentDetails.Text name,
        @NotNull @Valid InstrumentDetails.Text description,
        @NotBlank @Size(max = 50) String category,
        @NotNull PriceBasis priceBasis,
        @Valid InstrumentDetails.Prices prices,
        @Size(max = 100) String standard,
        @Min(1) @Max(365) Integer turnaroundWorkingDays,
        @Valid InstrumentDetails.Text sampleRequirements,
        @Valid InstrumentDetails.Text includes,
        @Size(max = ServiceOffer.MAX_INSTRUMENTS) List<@NotNull UUID> instrumentIds) {

    /** What a request body of these details looks like, for the OpenAPI document. */
    public static final String EXAMPLE = "{\"type\":\"TESTING_PACKAGE\",\"name\":{\"zh\":\"金属材料室温拉伸试验\","
            + "\"en\":\"Room-temperature tensile test of metals\"},\"description\":{\"zh\":\"抗拉强度、屈服强度、断后伸长率\","
            + "\"en\":\"Tensile and yield strength, elongation after fracture\"},\"category\":\"mechanical-testing\","
            + "\"priceBasis\":\"PER_SAMPLE\",\"prices\":{\"academic\":{\"amount\":\"180.00\",\"currency\":\"CNY\"},"
            + "\"enterprise\":{\"amount\":\"260.00\",\"currency\":\"CNY\"}},\"standard\":\"GB/T 228.1-2021\","
            + "\"turnaroundWorkingDays\":5,\"sampleRequirements\":{\"zh\":\"每组 3 根标准试样\","
            + "\"en\":\"Three standard specimens per group\"}}";

    /** The details as the offer keeps them. */
    ServiceOffer.Offer offer() {
        return new ServiceOffer.Offer(
                type,
                text(name),
                text(description),
                category,
                priceBasis,
                prices == null ? null : prices.academic().fen(),
                prices == null ? null : prices.enterprise().fen(),
                standard == null || standard.isBlank() ? null : standard.trim(),
                turnaroundWorkingDays,
                text(sampleRequirements),
                text(includes),
                instrumentIds == null ? List.of() : instrumentIds);
    }

    private static LocalizedText text(InstrumentDetails.Text text) {
        return text == null ? null : new LocalizedText(text.zh(), text.en());
    }
}
