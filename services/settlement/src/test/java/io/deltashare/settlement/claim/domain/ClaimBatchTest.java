package io.deltashare.settlement.claim.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.platform.decision.Decision;
import io.deltashare.platform.decision.Rejection;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A claim batch goes one way, drafted for a month that has begun, each step recording who and when. */
class ClaimBatchTest {

    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);
    /** 1 December 2026, 00:00 in Shanghai. */
    private static final Instant DECEMBER_BEGINS = Instant.parse("2026-11-30T16:00:00Z");

    @Test
    void aBatchIsDraftedOnlyOnceItsMonthHasBegunInShanghai() {
        assertThat(refusal(ClaimBatch.draft(
                                UUID.randomUUID(),
                                Region.CN_JS,
                                null,
                                DECEMBER,
                                "bureau-js",
                                DECEMBER_BEGINS.minusSeconds(1)))
                        .type())
                .isEqualTo("month-not-started");
        assertThat(ClaimBatch.draft(UUID.randomUUID(), Region.CN_JS, null, DECEMBER, "bureau-js", DECEMBER_BEGINS)
                        .orElseThrow()
                        .status())
                .isEqualTo(BatchStatus.DRAFT);
    }

    @Test
    void aBatchOfNothingIsNotDrafted() {
        ClaimBatch draft = aDraft();

        assertThat(refusal(draft.claimed(0, 0, 0)).type()).isEqualTo("nothing-to-claim");
        ClaimBatch claimed = draft.claimed(3, 1_200_00, 700_00).orElseThrow();
        assertThat(claimed.totalFen()).isEqualTo(1_200_00);
        assertThat(claimed.crossRegionFen()).isEqualTo(700_00);
    }

    @Test
    void itIsSubmittedApprovedAndPaidInThatOrderOnly() {
        ClaimBatch claimed = aDraft().claimed(1, 500_00, 0).orElseThrow();
        Instant later = DECEMBER_BEGINS.plusSeconds(3600);

        assertThat(refusal(claimed.approve("officer", later)).reason())
                .isEqualTo("a claim batch that is DRAFT cannot become APPROVED");
        ClaimBatch approved =
                claimed.submit(later).orElseThrow().approve("officer", later).orElseThrow();
        assertThat(approved.approvedBy()).isEqualTo("officer");
        assertThat(claimed.payable().accepted()).isEmpty();
        UUID payout = UUID.randomUUID();
        ClaimBatch paid =
                approved.paid("BOC-2026-12-001", "finance", later, payout).orElseThrow();
        assertThat(paid.status()).isEqualTo(BatchStatus.PAID);
        assertThat(paid.payoutTransactionId()).isEqualTo(payout);
        assertThat(refusal(paid.paid("again", "finance", later, UUID.randomUUID()))
                        .type())
                .isEqualTo("illegal-transition");
    }

    private static ClaimBatch aDraft() {
        return ClaimBatch.draft(UUID.randomUUID(), Region.CN_JS, null, DECEMBER, "bureau-js", DECEMBER_BEGINS)
                .orElseThrow();
    }

    private static Rejection refusal(Decision<?> decision) {
        return decision.rejected().orElseThrow(() -> new AssertionError("expected a refusal, got " + decision));
    }
}
