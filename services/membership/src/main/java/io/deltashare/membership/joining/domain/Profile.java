package io.deltashare.membership.joining.domain;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.Region;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an application says about the organization, by kind. Exactly one of the sections belongs to a kind: {@code
 * firm} to FIRM, {@code provider} to PROVIDER, {@code researcher} to RESEARCHER, {@code staff} to STAFF; name, region
 * and city describe the organization a FIRM, PROVIDER or RESEARCHER application founds.
 */
public record Profile(
        LocalizedText name,
        Region region,
        String city,
        Firm firm,
        Provider provider,
        Researcher researcher,
        Staff staff) {

    /** A firm: its credit code (for a firm registered in China) and, if it is one, its science-based SME registration. */
    public record Firm(String creditCode, Sme sme) {}

    /** The 科技型中小企业 registration: its number and the year it was registered for. */
    public record Sme(String number, int year) {}

    /** A provider: what kind of institution it is and its accreditations. */
    public record Provider(ProviderType type, List<Accreditation> accreditations) {}

    /** A CMA or CNAS accreditation with its certificate number and expiry. */
    @Schema(name = "AccreditationCertificate")
    public record Accreditation(Scheme scheme, String certificateNumber, LocalDate expiresOn) {}

    public enum Scheme {
        CMA,
        CNAS
    }

    public enum ProviderType {
        UNIVERSITY,
        INSTITUTE,
        BIG_SCIENCE_FACILITY,
        TESTING_BODY,
        ENTERPRISE_LAB
    }

    /** A researcher's research group (the organization it founds) and the institution it belongs to. */
    public record Researcher(String institution) {}

    /** Joining an admitted organization as its staff. */
    public record Staff(UUID organizationId) {}
}
