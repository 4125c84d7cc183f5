package io.deltashare.innovationvoucher.program.application;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.money.Money;
import io.deltashare.innovationvoucher.program.domain.ProgramTerms;
import io.deltashare.innovationvoucher.program.domain.VoucherProgram;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A program as its API shows it, with what is left of its budget. */
public record ProgramView(
        UUID id,
        Region region,

        @Schema(nullable = true, description = "the pilot locality whose bureau runs it; null: the province's bureau")
        String locality,

        LocalizedText name,
        Money totalBudget,
        Money committed,
        Money available,
        Money capPerFirmPerYear,
        Money faceValue,
        String coverageRatio,
        List<String> eligibleCategories,
        List<Region> acceptedProviderRegions,
        boolean crossRegion,
        boolean smeOnly,

        @Schema(description = "what its vouchers pay for: INSTRUMENT_TIME, TESTING, DEVELOPMENT")
        List<String> serviceKinds,

        @Schema(description = "the provider organizations (专业机构) its vouchers pay at; empty: any provider")
        List<UUID> designatedProviders,

        ProgramRequest.DateWindow applicationWindow,
        ProgramRequest.DateWindow voucherValidity,
        String status,
        long version,
        Instant createdAt) {

    static ProgramView of(VoucherProgram p) {
        ProgramTerms t = p.terms();
        List<Region> accepted = t.acceptedProviderRegions().stream()
                .sorted(java.util.Comparator.comparing(Region::code))
                .toList();
        return new ProgramView(
                p.id(),
                p.region(),
                p.locality(),
                p.name(),
                Money.ofFen(t.totalBudgetFen()),
                Money.ofFen(p.committedFen()),
                Money.ofFen(p.uncommittedFen()),
                Money.ofFen(t.capPerFirmPerYearFen()),
                Money.ofFen(t.faceValueFen()),
                t.coverageRatio().stripTrailingZeros().toPlainString(),
                t.eligibleCategories().stream().sorted().toList(),
                accepted,
                accepted.size() > 1 || !accepted.contains(p.region()),
                t.smeOnly(),
                t.serviceKinds().stream().map(Enum::name).sorted().toList(),
                t.designatedProviders().stream().sorted().toList(),
                new ProgramRequest.DateWindow(t.applicationsFrom(), t.applicationsUntil()),
                new ProgramRequest.DateWindow(t.validFrom(), t.validUntil()),
                p.status().name(),
                p.version(),
                p.createdAt());
    }
}
