package io.deltashare.instrumentcatalog.provider.application;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.instrumentcatalog.provider.domain.Accreditation;
import io.deltashare.instrumentcatalog.provider.domain.Provider;
import io.deltashare.instrumentcatalog.provider.domain.ProviderType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a provider is: names, place, kind, accreditations and contact; the body of register and update. */
@Schema(examples = ProviderDetails.EXAMPLE)
public record ProviderDetails(
        @NotNull @Valid Names name,
        @NotNull Region region,
        @NotBlank @Size(max = 100) String city,
        @NotNull ProviderType type,
        @NotNull @Size(max = 10) Set<@NotNull Accreditation> accreditations,
        @NotBlank @Email @Size(max = 200) String contactEmail,
        @Size(max = 50) String contactPhone) {

    /** What a request body of these details looks like, for the OpenAPI document. */
    public static final String EXAMPLE = "{\"name\":{\"zh\":\"上海分析测试中心\","
            + "\"en\":\"Shanghai Analysis and Testing Centre\"},\"region\":\"CN-SH\","
            + "\"city\":\"Shanghai\",\"type\":\"INSTITUTE\",\"accreditations\":[\"CMA\",\"CNAS\"],"
            + "\"contactEmail\":\"service@analysis.example.cn\",\"contactPhone\":\"+86 21 5555 0100\"}";

    /** A bilingual name. */
    public record Names(
            @NotBlank @Size(max = 200) String zh,
            @NotBlank @Size(max = 200) String en) {}

    /** The details as the provider keeps them. */
    Provider.Profile profile() {
        return new Provider.Profile(
                new LocalizedText(name.zh(), name.en()),
                region,
                city,
                type,
                accreditations.isEmpty() ? EnumSet.noneOf(Accreditation.class) : EnumSet.copyOf(accreditations),
                contactEmail,
                contactPhone);
    }
}
