package io.deltashare.innovationvoucher.applying.domain;

import static io.deltashare.innovationvoucher.program.domain.Programs.anOpenJiangsuProgram;
import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.innovationvoucher.program.domain.VoucherProgram;
import io.deltashare.platform.decision.Decision;
import io.deltashare.platform.decision.Rejection;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A firm's application: submitted when the program takes it, then decided once by the bureau. */
class VoucherApplicationTest {

    private static final Instant IN_THE_WINDOW = Instant.parse("2027-02-01T02:00:00Z");
    private static final UUID FIRM = UUID.randomUUID();

    @Test
    void anApplicationSaysWhatTheFirmPlansAndCountsForTheYearItIsMadeIn() {
        VoucherApplication submitted = aSubmittedApplication();

        assertThat(submitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(submitted.year()).isEqualTo(2027);
        assertThat(submitted.plannedUse()).isEqualTo("SEM time for a new cathode");
        assertThat(refusal(VoucherApplication.submit(
                                UUID.randomUUID(),
                                anOpenJiangsuProgram(),
                                FIRM,
                                Region.CN_JS,
                                null,
                                "officer",
                                "  ",
                                IN_THE_WINDOW,
                                0))
                        .violations())
                .extracting(v -> v.field())
                .containsExactly("plannedUse");
    }

    @Test
    void theProgramDecidesWhetherItTakesTheApplication() {
        VoucherProgram program = anOpenJiangsuProgram();

        assertThat(refusal(VoucherApplication.submit(
                                UUID.randomUUID(),
                                program,
                                FIRM,
                                Region.CN_SH,
                                null,
                                "officer",
                                "NMR",
                                IN_THE_WINDOW,
                                0))
                        .type())
                .isEqualTo("wrong-region");
    }

    @Test
    void anApplicationIsDecidedOnceAndARejectionGivesTheFirmAReason() {
        VoucherApplication submitted = aSubmittedApplication();
        UUID voucher = UUID.randomUUID();

        VoucherApplication approved =
                submitted.approve(voucher, "bureau-js", IN_THE_WINDOW).orElseThrow();
        assertThat(approved.voucherId()).isEqualTo(voucher);
        assertThat(refusal(approved.reject("too late", "bureau-js", IN_THE_WINDOW))
                        .reason())
                .isEqualTo("the application is already APPROVED");
        assertThat(refusal(submitted.reject(" ", "bureau-js", IN_THE_WINDOW)).violations())
                .extracting(v -> v.field())
                .containsExactly("reason");
        assertThat(submitted
                        .reject(" not an SME ", "bureau-js", IN_THE_WINDOW)
                        .orElseThrow()
                        .reason())
                .isEqualTo("not an SME");
    }

    private static VoucherApplication aSubmittedApplication() {
        return VoucherApplication.submit(
                        UUID.randomUUID(),
                        anOpenJiangsuProgram(),
                        FIRM,
                        Region.CN_JS,
                        null,
                        "officer",
                        " SEM time for a new cathode ",
                        IN_THE_WINDOW,
                        0)
                .orElseThrow();
    }

    private static Rejection refusal(Decision<?> decision) {
        return decision.rejected().orElseThrow(() -> new AssertionError("expected a refusal, got " + decision));
    }
}
