package io.deltashare.membership.joining.application;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.membership.joining.domain.Profile;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an application says, as the API shows it: the section of its kind, the others null. The API's own type, so the
 * domain's {@link Profile} carries no documentation annotations.
 */
@Schema(name = "JoiningProfile")
public record ProfileView(
        @Schema(nullable = true) LocalizedText name,
        @Schema(nullable = true) Region region,
        @Schema(nullable = true) String city,
        @Schema(nullable = true) Firm firm,
        @Schema(nullable = true) Profile.Provider provider,
        @Schema(nullable = true) Profile.Researcher researcher,
        @Schema(nullable = true) Profile.Staff staff) {

    /** A firm's credit code (none for a firm registered abroad) and SME registration (if it has one). */
    @Schema(name = "JoiningFirm")
    public record Firm(
            @Schema(nullable = true) String creditCode,
            @Schema(nullable = true) Profile.Sme sme) {}

    static ProfileView of(Profile p) {
        return new ProfileView(
                p.name(),
                p.region(),
                p.city(),
                p.firm() == null
                        ? null
                        : new Firm(p.firm().creditCode(), p.firm().sme()),
                p.provider() == null
                        ? null
                        : new Profile.Provider(
                                p.provider().type(),
                                p.provider().accreditations() == null
                                        ? List.of()
                                        : p.provider().accreditations()),
                p.researcher(),
                p.staff());
    }
}
