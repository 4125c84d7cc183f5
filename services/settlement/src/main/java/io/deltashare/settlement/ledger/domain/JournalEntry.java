package io.deltashare.settlement.ledger.domain;

import java.util.List;

/**
 * The postings of one journal transaction: at least two, none zero, summing to zero (debits positive). Built only
 * through the factories, so an unbalanced entry cannot exist.
 */
public record JournalEntry(List<Posting> postings) {

    /** One line: an amount in fen on an account, debit positive. */
    public record Posting(AccountRef account, long fen) {}

    public JournalEntry {
        postings = List.copyOf(postings);
        if (postings.size() < 2) {
            throw new IllegalArgumentException("a journal entry has at least two postings");
        }
        if (postings.stream().anyMatch(p -> p.fen() == 0)) {
            throw new IllegalArgumentException("a posting of zero says nothing");
        }
        if (postings.stream().mapToLong(Posting::fen).reduce(0, Math::addExact) != 0) {
            throw new IllegalArgumentException("a journal entry must balance: " + postings);
        }
    }

    /** {@code fen} (more than zero) debited to {@code debit} and credited to {@code credit}. */
    public static JournalEntry transfer(AccountRef debit, AccountRef credit, long fen) {
        if (fen <= 0) {
            throw new IllegalArgumentException("a transfer moves more than zero, not " + fen);
        }
        return new JournalEntry(List.of(new Posting(debit, fen), new Posting(credit, -fen)));
    }

    /** The entry that undoes this one. */
    public JournalEntry reversed() {
        return new JournalEntry(
                postings.stream().map(p -> new Posting(p.account(), -p.fen())).toList());
    }
}
