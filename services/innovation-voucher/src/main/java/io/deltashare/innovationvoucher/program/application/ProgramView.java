package io.deltashare.innovationvoucher.program.application;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.money.Money;
import io.deltashare.innovationvoucher.program.persistence.ProgramEntity;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A program as its API shows it, with what is left of its budget. */
public record ProgramView(UUID id, Region region, LocalizedText name, Money totalBudget, Money committed,
                          Money available, Money capPerFirmPerYear, Money faceValue, String coverageRatio,
                          List<String> eligibleCategories, List<Region> acceptedProviderRegions,
                          boolean crossRegion, ProgramRequest.DateWindow applicationWindow,
                          ProgramRequest.DateWindow voucherValidity, String status, long version, Instant createdAt) {

    static ProgramView of(ProgramEntity p) {
        List<Region> accepted = regions(p.acceptedRegions);
        return new ProgramView(p.id, Region.ofCode(p.region), new LocalizedText(p.nameZh, p.nameEn),
                Money.ofFen(p.totalBudgetFen), Money.ofFen(p.committedFen), Money.ofFen(p.totalBudgetFen - p.committedFen),
                Money.ofFen(p.capPerFirmPerYearFen), Money.ofFen(p.faceValueFen),
                p.coverageRatio.stripTrailingZeros().toPlainString(), codes(p.eligibleCategories), accepted,
                accepted.size() > 1 || !accepted.contains(Region.ofCode(p.region)),
                new ProgramRequest.DateWindow(p.applicationsFrom, p.applicationsUntil),
                new ProgramRequest.DateWindow(p.validFrom, p.validUntil), p.status, p.version, p.createdAt);
    }

    /** The comma-separated codes the tables keep lists in. */
    public static List<String> codes(String joined) {
        return Arrays.stream(joined.split(",")).filter(s -> !s.isBlank()).sorted().toList();
    }

    public static List<Region> regions(String joined) {
        return codes(joined).stream().map(Region::ofCode).toList();
    }
}
