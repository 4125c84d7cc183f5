package io.deltashare.innovationvoucher.program.domain;

import static io.deltashare.innovationvoucher.program.domain.Programs.NEW_YEAR;
import static io.deltashare.innovationvoucher.program.domain.Programs.anOpenJiangsuProgram;
import static io.deltashare.innovationvoucher.program.domain.Programs.anOpenJiangsuProgramForOneVoucher;
import static io.deltashare.innovationvoucher.program.domain.Programs.jiangsuTerms;
import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.platform.decision.Decision;
import io.deltashare.platform.decision.Rejection;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a program lets happen: who may apply when, and how many vouchers its budget and the caps allow. */
class VoucherProgramTest {

    @Test
    void aProgramWithoutBothNamesOrWithAFaceValueAboveItsBudgetIsNotCreated() {
        Rejection refused = refusal(VoucherProgram.draft(
                UUID.randomUUID(),
                Region.CN_JS,
                new LocalizedText("江苏", " "),
                jiangsuTerms(10_000_00L),
                "bureau-js",
                Instant.now()));

        assertThat(refused.violations()).extracting(v -> v.field()).containsExactly("name", "faceValue");
    }

    @Test
    void aDraftOpensAndSuspendsButAClosedProgramStaysClosed() {
        VoucherProgram open = anOpenJiangsuProgram();
        VoucherProgram closed = open.moveTo(ProgramStatus.CLOSED).orElseThrow();

        assertThat(open.moveTo(ProgramStatus.SUSPENDED).orElseThrow().vouchersUsable())
                .isFalse();
        assertThat(refusal(closed.moveTo(ProgramStatus.OPEN)).reason())
                .isEqualTo("a program that is CLOSED cannot become OPEN");
    }

    @Test
    void aProgramForSmesOnlyTakesFirmsAdmittedWithACurrentSmeRegistration() {
        ProgramTerms t = jiangsuTerms(1_000_000_00L);
        VoucherProgram forSmes = VoucherProgram.draft(
                        UUID.randomUUID(),
                        Region.CN_JS,
                        new LocalizedText("江苏科技型中小企业创新券", "Jiangsu vouchers for science-based SMEs"),
                        new ProgramTerms(
                                t.totalBudgetFen(),
                                t.capPerFirmPerYearFen(),
                                t.faceValueFen(),
                                t.coverageRatio(),
                                t.eligibleCategories(),
                                t.acceptedProviderRegions(),
                                t.applicationsFrom(),
                                t.applicationsUntil(),
                                t.validFrom(),
                                t.validUntil(),
                                true,
                                t.serviceKinds(),
                                t.designatedProviders()),
                        "bureau-js",
                        Instant.now())
                .orElseThrow()
                .moveTo(ProgramStatus.OPEN)
                .orElseThrow();

        assertThat(forSmes.admitsSme(true, NEW_YEAR).accepted()).isPresent();
        assertThat(refusal(forSmes.admitsSme(false, NEW_YEAR)).type()).isEqualTo("sme-required");
        assertThat(anOpenJiangsuProgram().admitsSme(false, NEW_YEAR).accepted()).isPresent();
    }

    @Test
    void onlyFirmsOfItsOwnProvinceApplyAndOnlyWhileItIsOpenAndInItsWindow() {
        VoucherProgram open = anOpenJiangsuProgram();

        assertThat(open.admitsApplication(Region.CN_JS, NEW_YEAR, 0).accepted()).isPresent();
        assertThat(refusal(open.admitsApplication(Region.CN_ZJ, NEW_YEAR, 0)).type())
                .isEqualTo("wrong-region");
        assertThat(refusal(open.admitsApplication(Region.CN_JS, NEW_YEAR.minusDays(1), 0))
                        .type())
                .isEqualTo("outside-application-window");
        assertThat(refusal(open.moveTo(ProgramStatus.SUSPENDED)
                                .orElseThrow()
                                .admitsApplication(Region.CN_JS, NEW_YEAR, 0))
                        .type())
                .isEqualTo("program-not-open");
    }

    @Test
    void aFirmAppliesForAtMostItsCapAYear() {
        VoucherProgram open = anOpenJiangsuProgram();

        assertThat(open.admitsApplication(Region.CN_JS, NEW_YEAR, 1).accepted()).isPresent();
        Rejection third = refusal(open.admitsApplication(Region.CN_JS, NEW_YEAR, 2));
        assertThat(third.type()).isEqualTo("yearly-cap-reached");
        assertThat(third.reason()).contains("100000.00 yuan per firm and year");
    }

    @Test
    void issuedFaceValuesNeverExceedTheBudgetAndAnExpiredVouchersRestComesBack() {
        VoucherProgram program = anOpenJiangsuProgramForOneVoucher();

        VoucherProgram committed = program.commitVoucher(2027, 0).orElseThrow();
        assertThat(committed.uncommittedFen()).isZero();
        assertThat(refusal(committed.commitVoucher(2027, 0)).type()).isEqualTo("budget-exhausted");
        assertThat(refusal(committed.admitsApplication(Region.CN_JS, NEW_YEAR, 0))
                        .type())
                .isEqualTo("budget-exhausted");
        assertThat(committed.givenBack(20_000_00L).commitVoucher(2027, 0).accepted())
                .isEmpty();
        assertThat(committed.givenBack(50_000_00L).commitVoucher(2027, 0).accepted())
                .isPresent();
    }

    @Test
    void aFirmHoldingItsCapGetsNoFurtherVoucher() {
        assertThat(refusal(anOpenJiangsuProgram().commitVoucher(2027, 2)).type())
                .isEqualTo("yearly-cap-reached");
    }

    private static Rejection refusal(Decision<?> decision) {
        return decision.rejected().orElseThrow(() -> new AssertionError("expected a refusal, got " + decision));
    }
}
