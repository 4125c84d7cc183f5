package io.deltashare.innovationvoucher.program.persistence;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.catalog.ServiceKind;
import io.deltashare.innovationvoucher.program.domain.ProgramStatus;
import io.deltashare.innovationvoucher.program.domain.ProgramTerms;
import io.deltashare.innovationvoucher.program.domain.VoucherProgram;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/** The one mapping between a {@link VoucherProgram} and its row, and the comma-separated form of the code lists. */
public final class ProgramRows {

    private ProgramRows() {}

    static VoucherProgram toProgram(ProgramEntity row) {
        ProgramTerms terms = new ProgramTerms(
                row.totalBudgetFen,
                row.capPerFirmPerYearFen,
                row.faceValueFen,
                row.coverageRatio,
                codes(row.eligibleCategories),
                regions(row.acceptedRegions),
                row.applicationsFrom,
                row.applicationsUntil,
                row.validFrom,
                row.validUntil,
                row.smeOnly,
                kinds(row.serviceKinds),
                ids(row.designatedProviders));
        return new VoucherProgram(
                row.id,
                Region.ofCode(row.region),
                row.locality,
                new LocalizedText(row.nameZh, row.nameEn),
                terms,
                row.committedFen,
                ProgramStatus.valueOf(row.status),
                row.createdBy,
                row.createdAt,
                row.version);
    }

    static ProgramEntity newRow(VoucherProgram program) {
        ProgramEntity row = new ProgramEntity();
        ProgramTerms terms = program.terms();
        row.id = program.id();
        row.region = program.region().code();
        row.locality = program.locality();
        row.nameZh = program.name().zh();
        row.nameEn = program.name().en();
        row.totalBudgetFen = terms.totalBudgetFen();
        row.capPerFirmPerYearFen = terms.capPerFirmPerYearFen();
        row.faceValueFen = terms.faceValueFen();
        row.coverageRatio = terms.coverageRatio();
        row.eligibleCategories = joined(terms.eligibleCategories());
        row.acceptedRegions = joined(
                terms.acceptedProviderRegions().stream().map(Region::code).toList());
        row.applicationsFrom = terms.applicationsFrom();
        row.applicationsUntil = terms.applicationsUntil();
        row.validFrom = terms.validFrom();
        row.validUntil = terms.validUntil();
        row.smeOnly = terms.smeOnly();
        row.serviceKinds = joined(terms.serviceKinds().stream().map(Enum::name).toList());
        row.designatedProviders =
                joined(terms.designatedProviders().stream().map(UUID::toString).toList());
        row.createdBy = program.createdBy();
        row.createdAt = program.createdAt();
        update(row, program);
        return row;
    }

    /** What a program's decisions change: its status and its committed budget. */
    static void update(ProgramEntity row, VoucherProgram program) {
        row.status = program.status().name();
        row.committedFen = program.committedFen();
    }

    /** The codes of a comma-separated column, in order. */
    public static Set<String> codes(String joined) {
        return Arrays.stream(joined.split(","))
                .filter(s -> !s.isBlank())
                .sorted()
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public static Set<ServiceKind> kinds(String joined) {
        return codes(joined).stream()
                .map(ServiceKind::valueOf)
                .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(ServiceKind.class)));
    }

    public static Set<UUID> ids(String joined) {
        return codes(joined).stream().map(UUID::fromString).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public static Set<Region> regions(String joined) {
        return codes(joined).stream().map(Region::ofCode).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The comma-separated column form of {@code codes}, sorted. */
    public static String joined(Collection<String> codes) {
        return String.join(",", new TreeSet<>(codes));
    }
}
