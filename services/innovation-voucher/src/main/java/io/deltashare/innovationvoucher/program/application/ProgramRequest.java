package io.deltashare.innovationvoucher.program.application;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.catalog.ServiceKind;
import io.deltashare.contracts.money.Money;
import io.deltashare.contracts.voucher.VoucherSnapshot;
import io.deltashare.innovationvoucher.program.domain.ProgramTerms;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A bureau's new program. {@code region} and {@code locality} default to the officer's own; {@code acceptedProviderRegions} with all
 * four regions is cross-region acceptance (通用通兑), with the own region only a local program.
 */
@Schema(
        examples = "{\"name\":{\"zh\":\"2027年江苏省科技创新券（长三角通用通兑）\","
                + "\"en\":\"Jiangsu innovation vouchers 2027 (Yangtze Delta cross-region)\"},\"region\":\"CN-JS\","
                + "\"totalBudget\":{\"amount\":\"20000000.00\",\"currency\":\"CNY\"},"
                + "\"capPerFirmPerYear\":{\"amount\":\"300000.00\",\"currency\":\"CNY\"},"
                + "\"faceValue\":{\"amount\":\"50000.00\",\"currency\":\"CNY\"},\"coverageRatio\":0.5,"
                + "\"eligibleCategories\":[\"electron-microscopy\",\"x-ray-diffraction\"],"
                + "\"acceptedProviderRegions\":[\"CN-SH\",\"CN-JS\",\"CN-ZJ\",\"CN-AH\"],"
                + "\"applicationWindow\":{\"from\":\"2027-01-01\",\"until\":\"2027-06-30\"},"
                + "\"voucherValidity\":{\"from\":\"2027-01-01\",\"until\":\"2027-12-31\"}}")
public record ProgramRequest(
        @Valid Name name,
        @Size(max = 6) String region,

        @Schema(
                nullable = true,
                description = "the pilot locality (city or district, GB/T 2260 code such as 320509) whose bureau runs"
                        + " the program on its own budget; defaults to the officer's own locality, absent for the"
                        + " province's bureau")
        @Size(max = 6)
        String locality,

        Money totalBudget,
        Money capPerFirmPerYear,
        Money faceValue,
        BigDecimal coverageRatio,
        @Size(max = 100) Set<@Size(max = 50) String> eligibleCategories,
        @Size(max = 50) Set<@Size(max = 6) String> acceptedProviderRegions,
        DateWindow applicationWindow,
        DateWindow voucherValidity,

        @Schema(
                nullable = true,
                description =
                        "only firms admitted as registered science-based SMEs (科技型中小企业) may apply; " + "default false")
        Boolean smeOnly,

        @Schema(
                nullable = true,
                description = "what its vouchers pay for: INSTRUMENT_TIME (instrument time and facility packages),"
                        + " TESTING (检验检测), DEVELOPMENT (技术研发); default INSTRUMENT_TIME and TESTING")
        @Size(max = 3)
        Set<ServiceKind> serviceKinds,

        @Schema(
                nullable = true,
                description = "the provider organizations (专业机构) its vouchers pay at; empty or absent: any provider"
                        + " in the accepted regions")
        @Size(max = ProgramTerms.MAX_DESIGNATED_PROVIDERS)
        Set<UUID> designatedProviders) {

    /** The program's name in both languages, as stored (200 characters each). */
    public record Name(
            @Size(max = 200) String zh, @Size(max = 200) String en) {}

    /** Days in Asia/Shanghai, both inclusive. */
    public record DateWindow(LocalDate from, LocalDate until) {}

    /** The name as the program keeps it; null when none was sent. */
    LocalizedText localizedName() {
        return name == null ? null : new LocalizedText(name.zh(), name.en());
    }

    /** The terms asked for, with the accepted regions as parsed ({@code null} when none were sent). */
    ProgramTerms terms(Set<Region> accepted) {
        return new ProgramTerms(
                fen(totalBudget),
                fen(capPerFirmPerYear),
                fen(faceValue),
                coverageRatio,
                eligibleCategories,
                accepted,
                applicationWindow == null ? null : applicationWindow.from(),
                applicationWindow == null ? null : applicationWindow.until(),
                voucherValidity == null ? null : voucherValidity.from(),
                voucherValidity == null ? null : voucherValidity.until(),
                Boolean.TRUE.equals(smeOnly),
                serviceKinds == null ? Set.copyOf(VoucherSnapshot.KINDS_BEFORE_SERVICES) : serviceKinds,
                designatedProviders == null ? Set.of() : designatedProviders);
    }

    private static Long fen(Money money) {
        return money == null ? null : money.fen();
    }
}
