package io.deltashare.settlement.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.settlement.statement.domain.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The posting rules always balance, and an unbalanced or empty entry cannot be built. */
class JournalEntryTest {

    private static final UUID FIRM = UUID.randomUUID();
    private static final UUID PROVIDER = UUID.randomUUID();

    @Test
    void everyRuleBalancesAndNamesTheRightAccounts() {
        JournalEntry delivered =
                PostingRules.serviceDelivered(FIRM, PROVIDER, 105_000).orElseThrow();
        assertThat(delivered.postings())
                .containsExactly(
                        new JournalEntry.Posting(AccountRef.firm(FIRM), 105_000),
                        new JournalEntry.Posting(AccountRef.provider(PROVIDER), -105_000));
        JournalEntry redeemed =
                PostingRules.voucherRedeemed(Region.CN_JS, FIRM, 52_500).orElseThrow();
        assertThat(redeemed.postings())
                .containsExactly(
                        new JournalEntry.Posting(AccountRef.bureau(Region.CN_JS), 52_500),
                        new JournalEntry.Posting(AccountRef.firm(FIRM), -52_500));
        for (JournalEntry entry : List.of(
                delivered,
                redeemed,
                PostingRules.firmPaid(FIRM, 1),
                PostingRules.bureauPaid(Region.CN_AH, 7),
                PostingRules.providerPaidOut(PROVIDER, 3),
                delivered.reversed())) {
            assertThat(entry.postings().stream()
                            .mapToLong(JournalEntry.Posting::fen)
                            .sum())
                    .isZero();
        }
        assertThat(PostingRules.serviceDelivered(FIRM, PROVIDER, 0)).isEmpty();
        assertThat(PostingRules.voucherRedeemed(Region.CN_JS, FIRM, 0)).isEmpty();
    }

    @Test
    void anUnbalancedOneSidedOrZeroEntryIsRefused() {
        assertThatThrownBy(() -> new JournalEntry(List.of(
                        new JournalEntry.Posting(AccountRef.firm(FIRM), 5),
                        new JournalEntry.Posting(AccountRef.provider(PROVIDER), -4))))
                .hasMessageContaining("balance");
        assertThatThrownBy(() -> new JournalEntry(List.of(
                        new JournalEntry.Posting(AccountRef.firm(FIRM), 0),
                        new JournalEntry.Posting(AccountRef.provider(PROVIDER), 0))))
                .hasMessageContaining("zero");
        assertThatThrownBy(() -> new JournalEntry(List.of(new JournalEntry.Posting(AccountRef.PLATFORM_CASH, 0))))
                .hasMessageContaining("two");
        assertThatThrownBy(() -> JournalEntry.transfer(AccountRef.PLATFORM_CASH, AccountRef.firm(FIRM), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStatementClosesAtItsOpeningPlusItsLines() {
        Statement statement = Statement.of(
                "FIRM",
                FIRM.toString(),
                YearMonth.of(2026, 12),
                10_000,
                List.of(
                        new Statement.Movement(
                                Instant.parse("2026-12-01T02:00:00Z"),
                                "BOOKING_COMPLETED",
                                "fee",
                                null,
                                null,
                                null,
                                105_000),
                        new Statement.Movement(
                                Instant.parse("2026-12-01T03:00:00Z"),
                                "VOUCHER_REDEEMED",
                                "voucher",
                                null,
                                null,
                                null,
                                -52_500)));
        assertThat(statement.lines()).extracting(Statement.Line::balanceFen).containsExactly(115_000L, 62_500L);
        assertThat(statement.closingFen())
                .isEqualTo(statement.openingFen() + statement.totalOfLinesFen())
                .isEqualTo(62_500);
    }
}
