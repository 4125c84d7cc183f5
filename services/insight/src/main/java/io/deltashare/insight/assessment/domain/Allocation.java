package io.deltashare.insight.assessment.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Shares a subsidy budget among the providers whose score reaches the scheme's minimum (择优补助), in proportion to
 * their scores: provider {@code p} gets {@code floor(budget × score_p / Σ scores)} fen, and the fen left over go one
 * each to the largest remainders (ties: the higher score, then the provider id), so the shares add up to the budget
 * exactly and the same scores always give the same shares.
 */
public final class Allocation {

    private Allocation() {}

    /** A provider's score. */
    public record Scored(UUID providerId, BigDecimal score) {}

    /** What a provider gets, in fen. */
    public record Share(UUID providerId, BigDecimal score, long fen) {}

    /** The shares of {@code budgetFen} among {@code scored} that reach {@code minimumScore} with more than zero. */
    public static List<Share> of(long budgetFen, List<Scored> scored, BigDecimal minimumScore) {
        List<Scored> eligible = scored.stream()
                .filter(s -> s.score().signum() > 0 && s.score().compareTo(minimumScore) >= 0)
                .toList();
        if (eligible.isEmpty() || budgetFen == 0) {
            return List.of();
        }
        // scores have two decimals: in hundredths they are whole numbers, and the arithmetic below exact
        BigInteger total = eligible.stream().map(s -> hundredths(s.score())).reduce(BigInteger.ZERO, BigInteger::add);
        BigInteger budget = BigInteger.valueOf(budgetFen);
        List<long[]> parts = new ArrayList<>(); // fen, remainder's numerator
        long given = 0;
        for (Scored s : eligible) {
            BigInteger[] division = budget.multiply(hundredths(s.score())).divideAndRemainder(total);
            parts.add(new long[] {division[0].longValueExact(), division[1].longValueExact()});
            given += division[0].longValueExact();
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < eligible.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingLong(i -> parts.get(i)[1])
                .reversed()
                .thenComparing(i -> eligible.get(i).score(), Comparator.reverseOrder())
                .thenComparing(i -> eligible.get(i).providerId()));
        for (int k = 0; k < budgetFen - given; k++) {
            parts.get(order.get(k))[0]++;
        }
        List<Share> shares = new ArrayList<>();
        for (int i = 0; i < eligible.size(); i++) {
            shares.add(new Share(eligible.get(i).providerId(), eligible.get(i).score(), parts.get(i)[0]));
        }
        return shares;
    }

    private static BigInteger hundredths(BigDecimal score) {
        return score.movePointRight(2).toBigIntegerExact();
    }
}
