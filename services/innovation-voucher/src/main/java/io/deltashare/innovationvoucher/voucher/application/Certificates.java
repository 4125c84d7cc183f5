package io.deltashare.innovationvoucher.voucher.application;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.money.Money;
import io.deltashare.innovationvoucher.applying.persistence.AdmittedFirmEntity;
import io.deltashare.innovationvoucher.applying.persistence.AdmittedFirms;
import io.deltashare.innovationvoucher.program.domain.VoucherProgram;
import io.deltashare.innovationvoucher.program.persistence.ProgramRepository;
import io.deltashare.innovationvoucher.voucher.domain.Voucher;
import io.deltashare.innovationvoucher.voucher.domain.VoucherStatus;
import io.deltashare.innovationvoucher.voucher.persistence.VoucherChecks;
import io.deltashare.innovationvoucher.voucher.persistence.VoucherRepository;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.security.Caller;
import io.deltashare.platform.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Voucher certificates (电子券) and their public verification. A certificate shows the voucher's terms, its holder and
 * issuer, and a QR code of the address that verifies it; that address carries the voucher's code and its check, and
 * answers to anyone whether the voucher is genuine and valid, with no personal data: not the holder, not the balance.
 */
@ApplicationScoped
public class Certificates {

    /** A voucher's certificate: its terms, who holds it, which program issued it, and how to verify it. */
    @Schema(name = "VoucherCertificate")
    public record Certificate(
            VoucherView.Details voucher,

            @Schema(description = "the holder's name in Chinese and English (its id when the name is not known)")
            String holder,

            LocalizedText program,

            @Schema(description = "the check that verification asks for with the code")
            String check,

            @Schema(description = "the address the QR code encodes")
            String verificationUrl,

            Instant generatedAt) {}

    /** What anyone may learn of a voucher whose code and check they hold. */
    @Schema(name = "VoucherVerification")
    public record Verification(
            String code,

            @Schema(description = "issued by the platform, active, and within its validity now")
            boolean valid,

            String status,
            Region issuingRegion,

            @Schema(nullable = true, description = "the pilot locality whose bureau issued it")
            String locality,

            LocalizedText program,
            Money faceValue,
            LocalDate validFrom,
            LocalDate validUntil,
            Instant checkedAt) {}

    private final VoucherRepository vouchers;
    private final VoucherQueries queries;
    private final VoucherChecks checks;
    private final ProgramRepository programs;
    private final AdmittedFirms firms;
    private final Clock clock;
    private final String verificationAddress;

    Certificates(
            VoucherRepository vouchers,
            VoucherQueries queries,
            VoucherChecks checks,
            ProgramRepository programs,
            AdmittedFirms firms,
            Clock clock,
            @ConfigProperty(name = "voucher-certificate.verification-url") String verificationAddress) {
        this.vouchers = vouchers;
        this.queries = queries;
        this.checks = checks;
        this.programs = programs;
        this.firms = firms;
        this.clock = clock;
        this.verificationAddress = verificationAddress;
    }

    /** The certificate of voucher {@code id}, for those who may see the voucher (404 for others). */
    @Transactional
    public Certificate of(UUID id, Caller caller) {
        VoucherView view = queries.get(id, caller);
        VoucherView.Details voucher = view.voucher();
        String check = checks.of(id);
        return new Certificate(
                voucher,
                holder(voucher.firmOrganizationId()),
                programs.find(voucher.programId()).map(VoucherProgram::name).orElse(null),
                check,
                verificationAddress + "/" + encoded(voucher.code()) + "?check=" + check,
                clock.instant());
    }

    /** Whether the voucher of {@code code} with {@code check} is valid now; 404 when there is none (or the check is wrong). */
    @Transactional
    public Verification verify(String code, String check) {
        Voucher voucher = checks.voucher(code, check)
                .flatMap(vouchers::find)
                .orElseThrow(() -> Rejected.notFound("voucher " + code + " with this check"));
        VoucherProgram program = programs.find(voucher.programId()).orElseThrow();
        Instant now = clock.instant();
        boolean valid = voucher.status() == VoucherStatus.ACTIVE
                && !now.isBefore(voucher.validFrom())
                && now.isBefore(voucher.expiresAt());
        return new Verification(
                voucher.code(),
                valid,
                voucher.status().name(),
                voucher.region(),
                program.locality(),
                program.name(),
                Money.ofFen(voucher.faceValueFen()),
                LocalDate.ofInstant(voucher.validFrom(), Clocks.SHANGHAI),
                LocalDate.ofInstant(voucher.expiresAt().minusNanos(1), Clocks.SHANGHAI),
                now);
    }

    private String holder(UUID firm) {
        AdmittedFirmEntity row = firms.findById(firm);
        if (row == null || row.nameZh == null) {
            return firm.toString();
        }
        return row.nameEn == null || row.nameEn.equals(row.nameZh) ? row.nameZh : row.nameZh + " " + row.nameEn;
    }

    private static String encoded(String code) {
        return URLEncoder.encode(code, StandardCharsets.UTF_8);
    }
}
