package io.deltashare.settlement.statement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A printed statement's items: one per booking or order, one per other line, adding up to the statement. */
class StatementSheetTest {

    private static final Instant DAY = Instant.parse("2026-11-03T02:00:00Z");

    @Test
    void aBookingsFeeAndVoucherShareAreOneItemAndOtherLinesStayApart() {
        UUID booking = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        Statement firm = Statement.of(
                "FIRM",
                UUID.randomUUID().toString(),
                YearMonth.of(2026, 11),
                5_000,
                List.of(
                        movement("BOOKING_COMPLETED", booking, null, 105_000),
                        movement("ORDER_MILESTONE_ACCEPTED", null, order, 30_000_000),
                        movement("VOUCHER_REDEEMED", booking, null, -52_500),
                        movement("PAYMENT", null, null, -20_000),
                        movement("VOUCHER_REDEEMED_MILESTONE", null, order, -15_000_000)));

        StatementSheet sheet = StatementSheet.of(firm);

        assertThat(sheet.items())
                .extracting(
                        StatementSheet.Item::kind,
                        StatementSheet.Item::feeFen,
                        StatementSheet.Item::voucherFen,
                        StatementSheet.Item::amountFen)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("BOOKING", 105_000L, 52_500L, 52_500L),
                        org.assertj.core.groups.Tuple.tuple("ORDER", 30_000_000L, 15_000_000L, 15_000_000L),
                        org.assertj.core.groups.Tuple.tuple("PAYMENT", 0L, 0L, -20_000L));
        assertThat(sheet.amountFen())
                .isEqualTo(firm.totalOfLinesFen())
                .isEqualTo(firm.closingFen() - firm.openingFen());
        assertThat(sheet.feeFen()).isEqualTo(30_105_000L);
        assertThat(sheet.voucherFen()).isEqualTo(15_052_500L);
    }

    @Test
    void onABureausStatementTheVoucherShareIsTheAmount() {
        UUID booking = UUID.randomUUID();
        Statement bureau = Statement.of(
                "BUREAU",
                "CN-JS",
                YearMonth.of(2026, 11),
                0,
                List.of(movement("VOUCHER_REDEEMED", booking, null, 52_500)));

        StatementSheet.Item item = StatementSheet.of(bureau).items().get(0);

        assertThat(item.feeFen()).isZero();
        assertThat(item.voucherFen()).isEqualTo(item.amountFen()).isEqualTo(52_500);
        assertThat(item.reference()).isEqualTo(booking);
    }

    private static Statement.Movement movement(String kind, UUID booking, UUID order, long fen) {
        return new Statement.Movement(DAY, kind, kind.toLowerCase(), booking, order, UUID.randomUUID(), fen);
    }
}
