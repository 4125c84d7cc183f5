package io.deltashare.booking.quotation.domain;

import io.deltashare.platform.decision.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a provider offers in a quote: the price, what it delivers, the milestones with their share of the price and
 * due dates, how long the quote holds, and what the firm owes if it cancels. {@link #violations} lists every broken
 * rule, so the provider fixes them at once.
 *
 * @param cancellationFeePercent the share of the milestones not yet accepted that the firm owes when it cancels
 * @param cancellationTerms      the cancellation terms in words, as the contract states them
 */
public record QuoteTerms(
        long priceFen,
        String deliverables,
        List<QuotedMilestone> milestones,
        LocalDate validUntil,
        int cancellationFeePercent,
        String cancellationTerms) {

    /** A quote's price is at most ¥100 million. */
    public static final long MAX_PRICE_FEN = 10_000_000_000L;

    public static final int MAX_MILESTONES = 12;

    /** A quote holds for at most this many days. */
    public static final int MAX_VALIDITY_DAYS = 180;

    public QuoteTerms {
        milestones = List.copyOf(milestones);
    }

    /**
     * A part of the work and its share of the price in percent; the shares add up to 100.
     *
     * @param due the day it is to be delivered by
     */
    public record QuotedMilestone(String title, int sharePercent, LocalDate due) {}

    public List<Violation> violations(LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (priceFen <= 0 || priceFen > MAX_PRICE_FEN) {
            violations.add(new Violation("price", "must be more than zero and at most ¥100,000,000"));
        }
        if (validUntil.isBefore(today) || validUntil.isAfter(today.plusDays(MAX_VALIDITY_DAYS))) {
            violations.add(new Violation(
                    "validUntil", "must lie between today and " + MAX_VALIDITY_DAYS + " days from today"));
        }
        if (cancellationFeePercent < 0 || cancellationFeePercent > 100) {
            violations.add(new Violation("cancellationFeePercent", "must be between 0 and 100"));
        }
        if (milestones.isEmpty() || milestones.size() > MAX_MILESTONES) {
            violations.add(new Violation("milestones", "from 1 to " + MAX_MILESTONES + " milestones"));
            return violations;
        }
        int total = 0;
        for (int i = 0; i < milestones.size(); i++) {
            QuotedMilestone milestone = milestones.get(i);
            if (milestone.sharePercent() < 1 || milestone.sharePercent() > 100) {
                violations.add(new Violation("milestones[" + i + "].sharePercent", "must be between 1 and 100"));
            }
            total += milestone.sharePercent();
            if (milestone.due().isBefore(today)) {
                violations.add(new Violation("milestones[" + i + "].due", "lies in the past"));
            }
            if (i > 0 && milestone.due().isBefore(milestones.get(i - 1).due())) {
                violations.add(
                        new Violation("milestones[" + i + "].due", "comes before the milestone before it is due"));
            }
        }
        if (total != 100) {
            violations.add(new Violation("milestones", "the shares add up to " + total + " %, not 100 %"));
        }
        return violations;
    }

    /**
     * What each milestone costs, in fen: its share of the price rounded down, the last one taking what rounding left,
     * so that the amounts add up to the price exactly.
     */
    public List<Long> milestoneAmounts() {
        List<Long> amounts = new ArrayList<>();
        long assigned = 0;
        for (int i = 0; i < milestones.size(); i++) {
            long amount = i == milestones.size() - 1
                    ? priceFen - assigned
                    : Math.multiplyExact(priceFen, milestones.get(i).sharePercent()) / 100;
            amounts.add(amount);
            assigned += amount;
        }
        return amounts;
    }
}
