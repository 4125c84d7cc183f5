package io.deltashare.settlement.statement.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A party's account for one month: the opening balance, each posting with the running balance, the closing balance.
 * Amounts are in the account's natural sign (what the party owes, or is owed), in fen; the closing balance is the
 * opening one plus the lines, by construction.
 */
public record Statement(
        String party, String owner, YearMonth month, long openingFen, List<Line> lines, long closingFen) {

    /** One posting as the party reads it. */
    public record Line(
            Instant at,
            String kind,
            String description,
            UUID bookingId,
            UUID orderId,
            UUID transactionId,
            long amountFen,
            long balanceFen) {

        /** The booking or the order the line is of, or null. */
        public UUID reference() {
            return bookingId != null ? bookingId : orderId;
        }
    }

    /** A posting before the running balance is known. */
    public record Movement(
            Instant at,
            String kind,
            String description,
            UUID bookingId,
            UUID orderId,
            UUID transactionId,
            long amountFen) {}

    public static Statement of(String party, String owner, YearMonth month, long openingFen, List<Movement> movements) {
        List<Line> lines = new ArrayList<>();
        long balance = openingFen;
        for (Movement m : movements) {
            balance = Math.addExact(balance, m.amountFen());
            lines.add(new Line(
                    m.at(),
                    m.kind(),
                    m.description(),
                    m.bookingId(),
                    m.orderId(),
                    m.transactionId(),
                    m.amountFen(),
                    balance));
        }
        return new Statement(party, owner, month, openingFen, List.copyOf(lines), balance);
    }

    public long totalOfLinesFen() {
        return lines.stream().mapToLong(Line::amountFen).sum();
    }
}
