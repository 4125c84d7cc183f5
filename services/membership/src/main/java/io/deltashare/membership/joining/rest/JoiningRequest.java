package io.deltashare.membership.joining.rest;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.membership.joining.domain.Kind;
import io.deltashare.membership.joining.domain.Profile;
import io.deltashare.membership.rest.Name;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An application to join: its {@code kind} and the section of that kind ({@code firm}, {@code provider}, {@code
 * researcher} or {@code staff}); a FIRM, PROVIDER or RESEARCHER application also names the organization it founds
 * ({@code name} in Chinese and English, {@code region}, {@code city}).
 */
@Schema(
        name = "JoiningApplicationRequest",
        examples =
                "{\"kind\":\"FIRM\",\"name\":{\"zh\":\"杭州新材料科技有限公司\",\"en\":\"Hangzhou Advanced Materials Co., Ltd.\"},"
                        + "\"region\":\"CN-ZJ\",\"city\":\"Hangzhou\",\"firm\":{\"creditCode\":\"91330110MA27WN8Q1B\","
                        + "\"sme\":{\"number\":\"20243301060001234\",\"year\":2024}}}")
public record JoiningRequest(
        @NotNull Kind kind,
        @Schema(nullable = true) @Valid Name name,
        @Schema(nullable = true) Region region,
        @Schema(nullable = true, maxLength = 100) String city,
        @Schema(nullable = true) Profile.Firm firm,
        @Schema(nullable = true) Profile.Provider provider,
        @Schema(nullable = true) Profile.Researcher researcher,
        @Schema(nullable = true) Profile.Staff staff) {

    Profile profile() {
        return new Profile(Name.text(name), region, city, firm, provider, researcher, staff);
    }
}
