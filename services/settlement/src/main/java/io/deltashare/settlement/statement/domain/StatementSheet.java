package io.deltashare.settlement.statement.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A statement as a person files it: one item per booking or order with its fee, the voucher's share of it and what it
 * does to this account, and one item for each other line (a payment, a payout, a subsidy, a reversal). The items' amounts
 * add up to the statement's lines, so the opening balance plus them is the closing balance, as on the statement.
 *
 * <p>The fee is what the provider charged in the month (a completed booking, an accepted milestone, a cancellation or
 * no-show charge); the voucher share is what the issuing bureau paid of it instead of the firm. The amount is in the
 * account's natural sign: for a firm its own share, for a provider what it is owed, for a bureau the voucher share.
 */
public record StatementSheet(List<Item> items, long feeFen, long voucherFen, long amountFen) {

    /** Postings of what a provider charged. */
    static final Set<String> CHARGES = Set.of(
            "BOOKING_COMPLETED",
            "CANCELLATION_FEE",
            "NO_SHOW_FEE",
            "ORDER_MILESTONE_ACCEPTED",
            "ORDER_CANCELLATION_FEE");

    /** Postings of what a voucher paid. */
    static final Set<String> VOUCHER_SHARES = Set.of("VOUCHER_REDEEMED", "VOUCHER_REDEEMED_MILESTONE");

    /**
     * One row of the sheet: a booking or order ({@code reference} set, {@code kind} the first line's kind) or another
     * line ({@code reference} null, its description). {@code feeFen} and {@code voucherFen} are zero on other lines.
     */
    public record Item(
            Instant at,
            String kind,
            UUID bookingId,
            UUID orderId,
            String description,
            long feeFen,
            long voucherFen,
            long amountFen) {

        public UUID reference() {
            return bookingId != null ? bookingId : orderId;
        }

        Item plus(Statement.Line line) {
            return new Item(
                    at,
                    kind,
                    bookingId,
                    orderId,
                    description,
                    feeFen + (CHARGES.contains(line.kind()) ? Math.abs(line.amountFen()) : 0),
                    voucherFen + (VOUCHER_SHARES.contains(line.kind()) ? Math.abs(line.amountFen()) : 0),
                    amountFen + line.amountFen());
        }
    }

    public static StatementSheet of(Statement statement) {
        Map<Object, Item> items = new LinkedHashMap<>();
        for (Statement.Line line : statement.lines()) {
            boolean ofService =
                    line.reference() != null && (CHARGES.contains(line.kind()) || VOUCHER_SHARES.contains(line.kind()));
            Object key = ofService ? line.reference() : line.transactionId();
            Item empty = new Item(
                    line.at(),
                    ofService ? (line.bookingId() != null ? "BOOKING" : "ORDER") : line.kind(),
                    ofService ? line.bookingId() : null,
                    ofService ? line.orderId() : null,
                    line.description(),
                    0,
                    0,
                    0);
            items.merge(key, empty.plus(line), (before, added) -> before.plus(line));
        }
        List<Item> list = new ArrayList<>(items.values());
        return new StatementSheet(
                List.copyOf(list),
                list.stream().mapToLong(Item::feeFen).sum(),
                list.stream().mapToLong(Item::voucherFen).sum(),
                list.stream().mapToLong(Item::amountFen).sum());
    }
}
