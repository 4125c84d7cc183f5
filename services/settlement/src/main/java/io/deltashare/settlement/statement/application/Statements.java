package io.deltashare.settlement.statement.application;

import io.deltashare.platform.decision.Rejected;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.money.Money;
import io.deltashare.contracts.settlement.StatementIssued;
import io.deltashare.platform.outbox.Outbox;
import io.deltashare.platform.security.Caller;
import io.deltashare.platform.time.Clocks;
import io.deltashare.settlement.ledger.application.Ledger;
import io.deltashare.settlement.ledger.application.Parties;
import io.deltashare.settlement.ledger.domain.AccountKind;
import io.deltashare.settlement.ledger.domain.AccountRef;
import io.deltashare.settlement.statement.domain.Statement;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Monthly statements of firms, providers and bureaus, read from the journal, and their month-end issuance. */
@ApplicationScoped
public class Statements {

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final Clock clock;
    private final int maxLines;

    Statements(EntityManager entityManager, Outbox outbox, Clock clock,
               @ConfigProperty(name = "settlement.statements.max-lines", defaultValue = "10000") int maxLines) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.clock = clock;
        this.maxLines = maxLines;
    }

    /** The statement of {@code account} for {@code month}, when the caller may see it; 404 otherwise. */
    @Transactional
    public Statement of(AccountRef account, YearMonth month, Caller caller) {
        if (!Parties.sees(caller, account)) {
            throw Rejected.notFound("statement of " + account.owner());
        }
        long lines = ((Number) entityManager.createNativeQuery("""
                        SELECT count(*) FROM posting p JOIN account a ON a.id = p.account_id
                        WHERE a.kind = ?1 AND a.owner = ?2 AND p.occurred_at >= ?3 AND p.occurred_at < ?4""")
                .setParameter(1, account.kind().name()).setParameter(2, account.owner())
                .setParameter(3, utc(start(month))).setParameter(4, utc(end(month))).getSingleResult()).longValue();
        if (lines > maxLines) {
            // one answer never carries more than this; the journal's own API pages through the rest
            throw Rejected.unprocessable("statement-too-large", "the statement of " + month + " has " + lines
                    + " lines, more than the " + maxLines + " one answer carries (settlement.statements.max-lines)");
        }
        return build(account, month);
    }

    /**
     * Issues the statements of {@code month} for every account that had a balance or a movement, once per account
     * and month (a second run issues only what the first did not); returns how many were issued now.
     */
    @Transactional
    public int issue(YearMonth month) {
        @SuppressWarnings("unchecked") // native rows: kind, owner
        List<Object[]> accounts = entityManager.createNativeQuery("""
                        SELECT DISTINCT a.kind, a.owner FROM account a JOIN posting p ON p.account_id = a.id
                        WHERE a.kind <> 'PLATFORM_CASH' AND p.occurred_at < ?1 ORDER BY a.kind, a.owner""")
                .setParameter(1, utc(end(month))).getResultList();
        int issued = 0;
        for (Object[] row : accounts) {
            AccountRef account = new AccountRef(AccountKind.valueOf((String) row[0]), (String) row[1]);
            Statement statement = build(account, month);
            if (statement.lines().isEmpty() && statement.openingFen() == 0) {
                continue;
            }
            UUID id = UUID.randomUUID();
            int written = entityManager.createNativeQuery("""
                            INSERT INTO statement (id, party, owner, month, opening_fen, closing_fen, lines, issued_at)
                            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (party, owner, month) DO NOTHING""")
                    .setParameter(1, id).setParameter(2, party(account.kind())).setParameter(3, account.owner())
                    .setParameter(4, month.toString()).setParameter(5, statement.openingFen())
                    .setParameter(6, statement.closingFen()).setParameter(7, statement.lines().size())
                    .setParameter(8, utc(clock.instant())).executeUpdate();
            if (written == 1) {
                boolean bureau = account.kind() == AccountKind.BUREAU_RECEIVABLE;
                outbox.publish(new StatementIssued(id, party(account.kind()), bureau ? null : UUID.fromString(account.owner()),
                        bureau ? Region.ofCode(account.owner()).code() : null, month, Money.ofFen(statement.openingFen()),
                        Money.ofFen(statement.closingFen()), statement.lines().size()));
                issued++;
            }
        }
        return issued;
    }

    private Statement build(AccountRef account, YearMonth month) {
        int sign = account.kind().naturalSign();
        long opening = ((Number) entityManager.createNativeQuery("""
                        SELECT coalesce(sum(p.amount_fen), 0) FROM posting p JOIN account a ON a.id = p.account_id
                        WHERE a.kind = ?1 AND a.owner = ?2 AND p.occurred_at < ?3""")
                .setParameter(1, account.kind().name()).setParameter(2, account.owner())
                .setParameter(3, utc(start(month))).getSingleResult()).longValue() * sign;
        @SuppressWarnings("unchecked") // native rows: occurred_at, kind, description, booking_id, transaction id, amount
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT p.occurred_at, t.kind, t.description, t.booking_id, t.id, p.amount_fen
                        FROM posting p JOIN account a ON a.id = p.account_id
                        JOIN journal_transaction t ON t.id = p.transaction_id
                        WHERE a.kind = ?1 AND a.owner = ?2 AND p.occurred_at >= ?3 AND p.occurred_at < ?4
                        ORDER BY p.occurred_at, p.id""")
                .setParameter(1, account.kind().name()).setParameter(2, account.owner())
                .setParameter(3, utc(start(month))).setParameter(4, utc(end(month))).getResultList();
        return Statement.of(party(account.kind()), account.owner(), month, opening, rows.stream()
                .map(r -> new Statement.Movement(Ledger.instant(r[0]), (String) r[1], (String) r[2], (UUID) r[3],
                        (UUID) r[4], ((Number) r[5]).longValue() * sign)).toList());
    }

    static String party(AccountKind kind) {
        return switch (kind) {
            case FIRM_RECEIVABLE -> "FIRM";
            case PROVIDER_PAYABLE -> "PROVIDER";
            case BUREAU_RECEIVABLE -> "BUREAU";
            case PLATFORM_CASH -> "PLATFORM";
        };
    }

    public static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(Clocks.SHANGHAI).toInstant();
    }

    public static Instant end(YearMonth month) {
        return start(month.plusMonths(1));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
