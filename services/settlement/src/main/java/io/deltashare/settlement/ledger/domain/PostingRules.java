package io.deltashare.settlement.ledger.domain;

import io.deltashare.contracts.catalog.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What each business fact does to the books. A fact about nothing (a zero fee or charge) posts nothing.
 * <ul>
 * <li>a completed booking: the firm owes its final fee, and the provider is owed it;</li>
 * <li>a cancellation or no-show charge: the same, for the charge;</li>
 * <li>a voucher redemption: the issuing bureau owes the voucher share instead of the firm;</li>
 * <li>a firm's payment, a bureau's payout of a claim batch: cash comes in, what they owe goes down;</li>
 * <li>a payout to a provider: what the platform owes it goes down, and so does cash;</li>
 * <li>subsidies a bureau approved: the bureau owes them, its providers are owed them; their payout takes both back.</li>
 * </ul>
 */
public final class PostingRules {

    private PostingRules() {}

    public static Optional<JournalEntry> serviceDelivered(UUID firm, UUID provider, long fen) {
        return fen == 0
                ? Optional.empty()
                : Optional.of(JournalEntry.transfer(AccountRef.firm(firm), AccountRef.provider(provider), fen));
    }

    public static Optional<JournalEntry> voucherRedeemed(Region issuingRegion, UUID firm, long fen) {
        return fen == 0
                ? Optional.empty()
                : Optional.of(JournalEntry.transfer(AccountRef.bureau(issuingRegion), AccountRef.firm(firm), fen));
    }

    public static JournalEntry firmPaid(UUID firm, long fen) {
        return JournalEntry.transfer(AccountRef.PLATFORM_CASH, AccountRef.firm(firm), fen);
    }

    public static JournalEntry bureauPaid(Region region, long fen) {
        return JournalEntry.transfer(AccountRef.PLATFORM_CASH, AccountRef.bureau(region), fen);
    }

    /**
     * Subsidies a bureau approved: it owes the total, each provider is owed its amount (the platform passes them on,
     * as it does the voucher shares).
     */
    public static JournalEntry subsidiesApproved(Region region, Map<UUID, Long> fenByProvider) {
        List<JournalEntry.Posting> postings = new ArrayList<>();
        long total = fenByProvider.values().stream().mapToLong(Long::longValue).sum();
        postings.add(new JournalEntry.Posting(AccountRef.bureau(region), total));
        fenByProvider.forEach(
                (provider, fen) -> postings.add(new JournalEntry.Posting(AccountRef.provider(provider), -fen)));
        return new JournalEntry(postings);
    }

    /** The bureau paid its providers the subsidies it owed them: both sides go back down. */
    public static JournalEntry subsidiesPaid(Region region, Map<UUID, Long> fenByProvider) {
        return subsidiesApproved(region, fenByProvider).reversed();
    }

    public static JournalEntry providerPaidOut(UUID provider, long fen) {
        return JournalEntry.transfer(AccountRef.provider(provider), AccountRef.PLATFORM_CASH, fen);
    }
}
