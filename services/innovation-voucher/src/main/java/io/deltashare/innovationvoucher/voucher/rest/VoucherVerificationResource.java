package io.deltashare.innovationvoucher.voucher.rest;

import io.deltashare.innovationvoucher.voucher.application.Certificates;
import io.deltashare.platform.decision.Rejected;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public verification of a voucher certificate: anyone holding a certificate (a provider's front desk, an auditor)
 * learns whether its voucher is genuine and valid. It needs the code and the check the certificate prints, answers 404
 * alike for an unknown code and a wrong check, and tells nothing about the holder or the balance.
 */
@Tag(name = "Vouchers")
@Path("/api/v1/voucher-verifications")
public class VoucherVerificationResource {

    private static final Pattern CODE = Pattern.compile("[A-Z]{2}-[0-9]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
    private static final Pattern CHECK = Pattern.compile("[0-9A-Z]{10,12}");

    private final Certificates certificates;

    VoucherVerificationResource(Certificates certificates) {
        this.certificates = certificates;
    }

    @GET
    @PermitAll
    @Path("/{code}")
    @Operation(
            operationId = "verifyVoucher",
            summary = "Whether a voucher certificate is genuine and valid (no sign-in; no personal data)",
            description = "Open to anyone, rate-limited at the gateway like other anonymous reads. The code and check"
                    + " are as the certificate prints them (letters in either case).")
    @APIResponse(responseCode = "200", description = "The voucher's validity, issuer, face value and dates")
    @APIResponse(responseCode = "400", description = "A code or check that is not of the printed form")
    @APIResponse(responseCode = "404", description = "No voucher has this code with this check")
    public Certificates.Verification verify(
            @Parameter(
                            description = "the voucher's code",
                            example = "JS-2026-7K3Q-9WXD",
                            schema =
                                    @Schema(
                                            maxLength = 17,
                                            pattern = "^[A-Za-z]{2}-[0-9]{4}-[0-9A-Za-z]{4}-[0-9A-Za-z]{4}$"))
                    @PathParam("code")
                    String code,
            @Parameter(
                            required = true,
                            description = "the check printed beside the code",
                            example = "SKNVXJD9JZ",
                            schema = @Schema(minLength = 10, maxLength = 12, pattern = "^[0-9A-Za-z]{10,12}$"))
                    @QueryParam("check")
                    String check) {
        String voucherCode = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        String voucherCheck = check == null ? "" : check.trim().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(voucherCode).matches()) {
            throw Rejected.invalid("code", "is a voucher code such as JS-2026-7K3Q-9WXD");
        }
        if (!CHECK.matcher(voucherCheck).matches()) {
            throw Rejected.invalid("check", "is the check printed beside the code (10 letters and digits)");
        }
        return certificates.verify(voucherCode, voucherCheck);
    }
}
