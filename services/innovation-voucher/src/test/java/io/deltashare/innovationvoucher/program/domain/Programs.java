package io.deltashare.innovationvoucher.program.domain;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.catalog.ServiceKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** Voucher programs with intent, for the plain tests of the program and voucher rules. */
public final class Programs {

    /** 2027, the year the fixtures' programs take applications and their vouchers are valid. */
    public static final LocalDate NEW_YEAR = LocalDate.of(2027, 1, 1);

    public static final LocalDate END_OF_YEAR = LocalDate.of(2027, 12, 31);

    private Programs() {}

    /**
     * Jiangsu's open 2027 program: ¥1,000,000 budget, ¥50,000 vouchers, at most ¥100,000 per firm and year (two
     * vouchers), half of each fee, for electron microscopy anywhere in the Delta.
     */
    public static VoucherProgram anOpenJiangsuProgram() {
        return VoucherProgram.draft(
                        UUID.randomUUID(),
                        Region.CN_JS,
                        new LocalizedText("江苏创新券", "Jiangsu vouchers"),
                        jiangsuTerms(1_000_000_00L),
                        "bureau-js",
                        Instant.parse("2026-12-01T00:00:00Z"))
                .orElseThrow()
                .moveTo(ProgramStatus.OPEN)
                .orElseThrow();
    }

    /** The same program with a budget of exactly one voucher. */
    public static VoucherProgram anOpenJiangsuProgramForOneVoucher() {
        return VoucherProgram.draft(
                        UUID.randomUUID(),
                        Region.CN_JS,
                        new LocalizedText("江苏创新券", "Jiangsu vouchers"),
                        jiangsuTerms(50_000_00L),
                        "bureau-js",
                        Instant.parse("2026-12-01T00:00:00Z"))
                .orElseThrow()
                .moveTo(ProgramStatus.OPEN)
                .orElseThrow();
    }

    public static ProgramTerms jiangsuTerms(long budgetFen) {
        return new ProgramTerms(
                budgetFen,
                100_000_00L,
                50_000_00L,
                new BigDecimal("0.5"),
                Set.of("electron-microscopy"),
                Set.of(Region.CN_SH, Region.CN_JS, Region.CN_ZJ, Region.CN_AH),
                NEW_YEAR,
                LocalDate.of(2027, 6, 30),
                NEW_YEAR,
                END_OF_YEAR,
                false,
                Set.of(ServiceKind.INSTRUMENT_TIME, ServiceKind.TESTING),
                Set.of());
    }
}
