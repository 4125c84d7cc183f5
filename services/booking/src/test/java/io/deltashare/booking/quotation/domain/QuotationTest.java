package io.deltashare.booking.quotation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.catalog.ServiceKind;
import io.deltashare.platform.decision.Rejection;
import io.deltashare.platform.decision.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class QuotationTest {

    static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    static final Recipient SHANGHAI_UNIVERSITY = new Recipient(
            UUID.randomUUID(),
            UUID.randomUUID(),
            UUID.randomUUID(),
            Region.CN_SH,
            ServiceKind.DEVELOPMENT,
            "equipment-development",
            new LocalizedText("自吸泵开发", "Pump development"));

    static QuoteTerms twoHalves(long priceFen) {
        return new QuoteTerms(
                priceFen,
                "prototype, test report, drainage robot",
                List.of(
                        new QuoteTerms.QuotedMilestone("prototype", 50, TODAY.plusMonths(3)),
                        new QuoteTerms.QuotedMilestone("robot", 50, TODAY.plusMonths(6))),
                TODAY.plusDays(30),
                20,
                "20 % of what is not yet accepted");
    }

    static QuoteRequest openRequest() {
        return QuoteRequest.open(
                        new QuoteRequest(
                                UUID.randomUUID(),
                                UUID.randomUUID(),
                                Region.CN_JS,
                                "firm.js-biomed",
                                "Drainage robot",
                                "a tracked, remote-controlled diesel self-priming pump",
                                "equipment-development",
                                null,
                                NOW.plus(14, ChronoUnit.DAYS),
                                List.of(SHANGHAI_UNIVERSITY),
                                null,
                                null,
                                null,
                                0),
                        NOW)
                .orElseThrow();
    }

    static Quote quoted(QuoteRequest request, QuoteTerms terms) {
        return request.quote(UUID.randomUUID(), SHANGHAI_UNIVERSITY, terms, false, "staff", NOW, TODAY)
                .orElseThrow();
    }

    @Test
    void milestoneAmountsAddUpToThePriceExactly() {
        QuoteTerms thirds = new QuoteTerms(
                100_00L,
                "x",
                List.of(
                        new QuoteTerms.QuotedMilestone("a", 33, TODAY),
                        new QuoteTerms.QuotedMilestone("b", 33, TODAY),
                        new QuoteTerms.QuotedMilestone("c", 34, TODAY)),
                TODAY,
                0,
                null);
        assertThat(thirds.milestoneAmounts()).containsExactly(33_00L, 33_00L, 34_00L);
        QuoteTerms odd = new QuoteTerms(
                1_01L,
                "x",
                List.of(new QuoteTerms.QuotedMilestone("a", 50, TODAY), new QuoteTerms.QuotedMilestone("b", 50, TODAY)),
                TODAY,
                0,
                null);
        assertThat(odd.milestoneAmounts()).containsExactly(50L, 51L);
        assertThat(twoHalves(600_000_00L).milestoneAmounts()).containsExactly(300_000_00L, 300_000_00L);
    }

    @Test
    void sharesAddUpTo100AndDatesRunForward() {
        QuoteTerms bad = new QuoteTerms(
                0,
                "x",
                List.of(
                        new QuoteTerms.QuotedMilestone("a", 60, TODAY.plusDays(10)),
                        new QuoteTerms.QuotedMilestone("b", 30, TODAY.plusDays(5))),
                TODAY.minusDays(1),
                101,
                null);
        assertThat(bad.violations(TODAY))
                .extracting(Violation::field)
                .containsExactlyInAnyOrder(
                        "price", "validUntil", "cancellationFeePercent", "milestones[1].due", "milestones");
        assertThat(twoHalves(600_000_00L).violations(TODAY)).isEmpty();
    }

    @Test
    void onlyOneQuoteOfARequestIsEverAccepted() {
        QuoteRequest request = openRequest();
        Quote first = quoted(request, twoHalves(600_000_00L));
        Quote second = quoted(request, twoHalves(580_000_00L));

        QuoteRequest.Award award = request.accept(first, TODAY).orElseThrow();
        assertThat(award.request().status()).isEqualTo(QuoteRequestStatus.AWARDED);
        assertThat(award.request().awardedQuoteId()).isEqualTo(first.id());
        assertThat(award.quote().status()).isEqualTo(QuoteStatus.ACCEPTED);
        assertThat(award.request().accept(second, TODAY).rejected())
                .map(Rejection::type)
                .hasValue("request-not-open");
        assertThat(award.quote().withdraw().rejected()).isPresent();
    }

    @Test
    void aQuoteIsAcceptedOnlyWhileItHoldsAndARequestTakesQuotesOnlyUntilItsDeadline() {
        QuoteRequest request = openRequest();
        Quote quote = quoted(request, twoHalves(600_000_00L));
        assertThat(request.accept(quote, TODAY.plusDays(31)).rejected())
                .map(Rejection::type)
                .hasValue("quote-expired");
        assertThat(request.quote(
                                UUID.randomUUID(),
                                SHANGHAI_UNIVERSITY,
                                twoHalves(1),
                                false,
                                "staff",
                                request.respondBy(),
                                TODAY)
                        .rejected())
                .map(Rejection::type)
                .hasValue("quotation-closed");
        assertThat(request.quote(UUID.randomUUID(), SHANGHAI_UNIVERSITY, twoHalves(1), true, "staff", NOW, TODAY)
                        .rejected())
                .map(Rejection::type)
                .hasValue("already-quoted");
    }

    @Test
    void aRequestThatReachesNobodyIsRefusedWithTheReason() {
        QuoteRequest draft = openRequest();
        QuoteRequest nobody = new QuoteRequest(
                draft.id(),
                draft.firmOrganizationId(),
                draft.firmRegion(),
                draft.requestedBy(),
                draft.title(),
                draft.description(),
                "equipment-development",
                null,
                draft.respondBy(),
                List.of(),
                null,
                null,
                null,
                0);
        assertThat(QuoteRequest.open(nobody, NOW).rejected())
                .map(Rejection::type)
                .hasValue("no-providers");
    }

    @Test
    void aRefusedVoucherOpensTheRequestAndTheQuoteAgain() {
        QuoteRequest request = openRequest();
        Quote quote = quoted(request, twoHalves(600_000_00L));
        QuoteRequest.Award award = request.accept(quote, TODAY).orElseThrow();
        QuoteRequest.Award reopened = award.request().reopen(award.quote()).orElseThrow();
        assertThat(reopened.request().status()).isEqualTo(QuoteRequestStatus.OPEN);
        assertThat(reopened.quote().status()).isEqualTo(QuoteStatus.SUBMITTED);
        assertThat(reopened.request().accept(reopened.quote(), TODAY).accepted())
                .isPresent();
    }
}
