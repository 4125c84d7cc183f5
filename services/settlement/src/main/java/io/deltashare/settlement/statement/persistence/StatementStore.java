package io.deltashare.settlement.statement.persistence;

import io.deltashare.platform.persistence.SqlTimes;
import io.deltashare.settlement.ledger.domain.AccountKind;
import io.deltashare.settlement.ledger.domain.AccountRef;
import io.deltashare.settlement.ledger.persistence.Journal;
import io.deltashare.settlement.statement.domain.Statement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An account's postings as statements read them, and the record of statements issued. */
@ApplicationScoped
public class StatementStore {

    private final EntityManager entityManager;

    StatementStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** How many postings {@code account} has from {@code from} to before {@code until}. */
    public long postingCount(AccountRef account, Instant from, Instant until) {
        return ((Number) entityManager
                        .createNativeQuery("""
                        SELECT count(*) FROM posting p JOIN account a ON a.id = p.account_id
                        WHERE a.kind = ?1 AND a.owner = ?2 AND p.occurred_at >= ?3 AND p.occurred_at < ?4""")
                        .setParameter(1, account.kind().name())
                        .setParameter(2, account.owner())
                        .setParameter(3, Journal.utc(from))
                        .setParameter(4, Journal.utc(until))
                        .getSingleResult())
                .longValue();
    }

    /** {@code account}'s balance as posted (debit positive) of everything before {@code before}. */
    public long balanceBefore(AccountRef account, Instant before) {
        return ((Number) entityManager
                        .createNativeQuery("""
                        SELECT coalesce(sum(p.amount_fen), 0) FROM posting p JOIN account a ON a.id = p.account_id
                        WHERE a.kind = ?1 AND a.owner = ?2 AND p.occurred_at < ?3""")
                        .setParameter(1, account.kind().name())
                        .setParameter(2, account.owner())
                        .setParameter(3, Journal.utc(before))
                        .getSingleResult())
                .longValue();
    }

    /** {@code account}'s postings from {@code from} to before {@code until}, as posted, in the order they happened. */
    @SuppressWarnings("unchecked") // native rows: occurred_at, kind, description, booking, order, transaction, amount
    public List<Statement.Movement> movements(AccountRef account, Instant from, Instant until) {
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                        SELECT p.occurred_at, t.kind, t.description, t.booking_id, t.order_id, t.id, p.amount_fen
                        FROM posting p JOIN account a ON a.id = p.account_id
                        JOIN journal_transaction t ON t.id = p.transaction_id
                        WHERE a.kind = ?1 AND a.owner = ?2 AND p.occurred_at >= ?3 AND p.occurred_at < ?4
                        ORDER BY p.occurred_at, p.id""")
                .setParameter(1, account.kind().name())
                .setParameter(2, account.owner())
                .setParameter(3, Journal.utc(from))
                .setParameter(4, Journal.utc(until))
                .getResultList();
        return rows.stream()
                .map(r -> new Statement.Movement(
                        SqlTimes.instant(r[0]),
                        (String) r[1],
                        (String) r[2],
                        (UUID) r[3],
                        (UUID) r[4],
                        (UUID) r[5],
                        ((Number) r[6]).longValue()))
                .toList();
    }

    /** Every account but the platform's cash that has a posting before {@code before}, in (kind, owner) order. */
    @SuppressWarnings("unchecked") // native rows: kind, owner
    public List<AccountRef> accountsWithPostingsBefore(Instant before) {
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                        SELECT DISTINCT a.kind, a.owner FROM account a JOIN posting p ON p.account_id = a.id
                        WHERE a.kind <> 'PLATFORM_CASH' AND p.occurred_at < ?1 ORDER BY a.kind, a.owner""")
                .setParameter(1, Journal.utc(before))
                .getResultList();
        return rows.stream()
                .map(r -> new AccountRef(AccountKind.valueOf((String) r[0]), (String) r[1]))
                .toList();
    }

    /** Records {@code statement} as issued under {@code id}; false when it was issued before (nothing written). */
    public boolean recordIssued(UUID id, Statement statement, Instant at) {
        return entityManager
                        .createNativeQuery("""
                        INSERT INTO statement (id, party, owner, month, opening_fen, closing_fen, lines, issued_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (party, owner, month) DO NOTHING""")
                        .setParameter(1, id)
                        .setParameter(2, statement.party())
                        .setParameter(3, statement.owner())
                        .setParameter(4, statement.month().toString())
                        .setParameter(5, statement.openingFen())
                        .setParameter(6, statement.closingFen())
                        .setParameter(7, statement.lines().size())
                        .setParameter(8, Journal.utc(at))
                        .executeUpdate()
                == 1;
    }
}
