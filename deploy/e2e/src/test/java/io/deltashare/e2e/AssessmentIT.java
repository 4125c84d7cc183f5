package io.deltashare.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.contracts.money.Money;
import io.deltashare.sdk.ApiException;
import io.deltashare.sdk.api.AssessmentApi;
import io.deltashare.sdk.api.BookingsApi;
import io.deltashare.sdk.api.InstrumentsApi;
import io.deltashare.sdk.api.ReconciliationApi;
import io.deltashare.sdk.api.SubsidiesApi;
import io.deltashare.sdk.model.AllocationView;
import io.deltashare.sdk.model.BookingRequest;
import io.deltashare.sdk.model.NewAllocation;
import io.deltashare.sdk.model.NewCriterion;
import io.deltashare.sdk.model.NewScheme;
import io.deltashare.sdk.model.Payout;
import io.deltashare.sdk.model.SubsidyView;
import io.deltashare.sdk.model.Usage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A year's assessment and subsidies end to end, through the gateway: a Jiangsu firm uses a Shanghai centre's electron
 * microscope; the Shanghai bureau defines a scheme that counts enterprise hours, has its providers scored, shares
 * ¥100,000.00 by score and approves it; settlement posts what the bureau owes each provider; finance records the
 * payout; both go back down, insight marks it paid, and the trial balance is zero. Through the generated Java SDK.
 */
class AssessmentIT {

    private static DeltaShareSystem system;

    @BeforeAll
    static void startTheSystem() throws Exception {
        system = DeltaShareSystem.shared();
    }

    @Test
    void theShanghaiBureauAssessesItsProvidersAndPaysTheirSubsidies() throws ApiException {
        String sem = system.instrument("firm.js-biomed", "电镜", "CN-SH", "扫描");
        UUID provider = new InstrumentsApi(system.client("firm.js-biomed"))
                .getInstrument(UUID.fromString(sem))
                .getProviderId();
        completedTwoHours(sem);

        AssessmentApi bureau = new AssessmentApi(system.client("bureau.sh"));
        String scheme = bureau.defineAssessmentScheme(
                        new NewScheme()
                                .year(LocalDate.now(Demo.SHANGHAI).getYear())
                                .name("上海市大型科学仪器开放共享绩效考核(端到端)")
                                .criteria(List.of(new NewCriterion()
                                        .indicator("ENTERPRISE_HOURS")
                                        .weight(100)
                                        .threshold("0")
                                        .target("1000")))
                                .minimumScore("0.01"),
                        Sdk.newKey())
                .getId()
                .toString();
        // insight learns of the completed booking from its event: assess until the centre's hours count
        AtomicReference<String> assessment = new AtomicReference<>();
        eventually().untilAsserted(() -> {
            assessment.set(bureau.assessProviders(scheme, Sdk.newKey()).getId().toString());
            assertThat(bureau.listAssessmentScores(assessment.get(), null, 100).getItems())
                    .filteredOn(score -> provider.equals(score.getProviderId()))
                    .singleElement()
                    .satisfies(score ->
                            assertThat(new BigDecimal(score.getScore())).isPositive());
        });

        long bureauBefore = system.owedFen("bureau.sh", "BUREAU_RECEIVABLE", "CN-SH");
        long centreBefore =
                system.owedFen("provider.sh-analysis-centre", "PROVIDER_PAYABLE", Demo.SH_ANALYSIS_CENTRE.toString());
        AllocationView allocation = bureau.allocateSubsidies(
                assessment.get(), new NewAllocation().budget(Sdk.yuan("100000.00")), Sdk.newKey());
        assertThat(allocation.getStatus()).isEqualTo(AllocationView.StatusEnum.PROPOSED);
        String id = allocation.getId().toString();
        assertThat(allocation.getLines().stream()
                        .mapToLong(line ->
                                Money.parse(line.getAmount().getAmount()).fen())
                        .sum())
                .isEqualTo(10_000_000L);
        long centreLine = allocation.getLines().stream()
                .filter(line -> Demo.SH_ANALYSIS_CENTRE.equals(line.getProviderOrganizationId()))
                .mapToLong(line -> Money.parse(line.getAmount().getAmount()).fen())
                .sum();
        assertThat(centreLine).isPositive();

        assertThat(bureau.approveSubsidyAllocation(id).getStatus()).isEqualTo(AllocationView.StatusEnum.APPROVED);
        // settlement posts it: the bureau owes the budget, the centre is owed its line
        SubsidiesApi bureauSubsidies = new SubsidiesApi(system.client("bureau.sh"));
        eventually()
                .untilAsserted(() -> assertThat(bureauSubsidies.getSubsidy(id).getStatus())
                        .isEqualTo(SubsidyView.StatusEnum.APPROVED));
        assertThat(system.owedFen("bureau.sh", "BUREAU_RECEIVABLE", "CN-SH") - bureauBefore)
                .isEqualTo(10_000_000L);
        assertThat(system.owedFen("provider.sh-analysis-centre", "PROVIDER_PAYABLE", Demo.SH_ANALYSIS_CENTRE.toString())
                        - centreBefore)
                .isEqualTo(centreLine);

        assertThat(new SubsidiesApi(system.client("finance.platform"))
                        .recordSubsidyPayout(id, new Payout().reference("SH-SUBSIDY-" + id.substring(0, 8)))
                        .getStatus())
                .isEqualTo(SubsidyView.StatusEnum.PAID);
        assertThat(system.owedFen("bureau.sh", "BUREAU_RECEIVABLE", "CN-SH")).isEqualTo(bureauBefore);
        assertThat(system.owedFen(
                        "provider.sh-analysis-centre", "PROVIDER_PAYABLE", Demo.SH_ANALYSIS_CENTRE.toString()))
                .isEqualTo(centreBefore);
        eventually()
                .untilAsserted(() -> assertThat(bureau.getSubsidyAllocation(id).getStatus())
                        .isEqualTo(AllocationView.StatusEnum.PAID));
        assertThat(new ReconciliationApi(system.client("admin.platform"))
                        .getLedgerReconciliation()
                        .getTrialBalance())
                .isEqualTo(Sdk.yuan("0.00"));
        // nobody else sees it
        assertThat(Sdk.refusal(() -> new AssessmentApi(system.client("bureau.js")).getSubsidyAllocation(id)))
                .isEqualTo(404);
        assertThat(Sdk.refusal(() -> new AssessmentApi(system.client("provider.sh-analysis-centre"))
                        .getAssessment(assessment.get())))
                .isEqualTo(403);
    }

    /** The Jiangsu firm books the centre's SEM for two hours five weekdays ahead, and uses them. */
    private static void completedTwoHours(String sem) throws ApiException {
        Instant start = Demo.weekdayAhead(5, "14:00");
        UUID booking = new BookingsApi(system.client("firm.js-biomed"))
                .createBooking(
                        new BookingRequest()
                                .instrumentId(UUID.fromString(sem))
                                .start(start.atOffset(ZoneOffset.UTC))
                                .end(start.plus(2, ChronoUnit.HOURS).atOffset(ZoneOffset.UTC))
                                .voucher(BookingRequest.VoucherEnum.NONE),
                        Sdk.newKey())
                .getBooking()
                .getId();
        BookingsApi centre = new BookingsApi(system.client("provider.sh-analysis-centre"));
        centre.approveBooking(booking);
        centre.startBooking(booking);
        centre.completeBooking(booking, new Usage().actualMinutes(120));
        assertThat(new BookingsApi(system.client("firm.js-biomed"))
                        .acceptBooking(booking)
                        .getBooking()
                        .getStatus())
                .isEqualTo("COMPLETED");
    }

    private static ConditionFactory eventually() {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1));
    }
}
