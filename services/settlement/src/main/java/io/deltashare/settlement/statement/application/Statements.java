package io.deltashare.settlement.statement.application;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.money.Money;
import io.deltashare.contracts.settlement.StatementIssued;
import io.deltashare.documents.text.RegionNames;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.outbox.Outbox;
import io.deltashare.platform.security.Caller;
import io.deltashare.settlement.claim.domain.ClaimBatch;
import io.deltashare.settlement.ledger.application.Parties;
import io.deltashare.settlement.ledger.domain.AccountKind;
import io.deltashare.settlement.ledger.domain.AccountRef;
import io.deltashare.settlement.names.persistence.Names;
import io.deltashare.settlement.statement.domain.Statement;
import io.deltashare.settlement.statement.persistence.StatementStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Monthly statements of firms, providers and bureaus, read from the journal, and their month-end issuance. */
@ApplicationScoped
public class Statements {

    private final StatementStore store;
    private final Names names;
    private final Outbox outbox;
    private final Clock clock;
    private final int maxLines;

    Statements(
            StatementStore store,
            Names names,
            Outbox outbox,
            Clock clock,
            @ConfigProperty(name = "settlement.statements.max-lines", defaultValue = "10000") int maxLines) {
        this.store = store;
        this.names = names;
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
        long lines = store.postingCount(account, start(month), end(month));
        if (lines > maxLines) {
            // one answer never carries more than this; the journal's own API pages through the rest
            throw Rejected.unprocessable(
                    "statement-too-large",
                    "the statement of " + month + " has " + lines + " lines, more than the " + maxLines
                            + " one answer carries (settlement.statements.max-lines)");
        }
        return build(account, month);
    }

    /**
     * Issues the statements of {@code month} for every account that had a balance or a movement, once per account
     * and month (a second run issues only what the first did not); returns how many were issued now.
     */
    @Transactional
    public int issue(YearMonth month) {
        int issued = 0;
        for (AccountRef account : store.accountsWithPostingsBefore(end(month))) {
            Statement statement = build(account, month);
            if (statement.lines().isEmpty() && statement.openingFen() == 0) {
                continue;
            }
            UUID id = UUID.randomUUID();
            if (store.recordIssued(id, statement, clock.instant())) {
                boolean bureau = account.kind() == AccountKind.BUREAU_RECEIVABLE;
                outbox.publish(new StatementIssued(
                        id,
                        party(account.kind()),
                        bureau ? null : UUID.fromString(account.owner()),
                        bureau ? Region.ofCode(account.owner()).code() : null,
                        month,
                        Money.ofFen(statement.openingFen()),
                        Money.ofFen(statement.closingFen()),
                        statement.lines().size()));
                issued++;
            }
        }
        return issued;
    }

    /** The names a printed {@code statement} shows (see {@link StatementLabels}); ids without a known name print as ids. */
    @Transactional
    public StatementLabels labels(Statement statement) {
        Set<UUID> referenced = statement.lines().stream()
                .map(Statement.Line::reference)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<UUID, Names.Reference> references = names.references(referenced);
        boolean provider = statement.party().equals("PROVIDER");
        boolean bureau = statement.party().equals("BUREAU");
        Set<UUID> named = new HashSet<>();
        references.values().forEach(r -> named.add(provider ? r.firmOrganization() : r.providerOrganization()));
        if (!bureau) {
            named.add(UUID.fromString(statement.owner()));
        }
        Map<UUID, String> labels = names.labels(named);
        Map<UUID, Names.Name> listingNames = names.of(
                references.values().stream().map(Names.Reference::listingId).toList());
        Map<UUID, String> listings = new HashMap<>();
        Map<UUID, String> counterparties = new HashMap<>();
        references.forEach((id, r) -> {
            Names.Name listing = listingNames.get(r.listingId());
            if (listing != null) {
                listings.put(id, listing.bilingual());
            }
            counterparties.put(id, labels.get(provider ? r.firmOrganization() : r.providerOrganization()));
        });
        if (bureau) {
            String region = RegionNames.of(statement.owner());
            return new StatementLabels(region, region, listings, counterparties);
        }
        UUID owner = UUID.fromString(statement.owner());
        Names.Name party = names.of(List.of(owner)).get(owner);
        return new StatementLabels(
                labels.get(owner), party == null ? "" : RegionNames.of(party.region()), listings, counterparties);
    }

    /** When a printed statement says it was generated. */
    public Instant now() {
        return clock.instant();
    }

    private Statement build(AccountRef account, YearMonth month) {
        int sign = account.kind().naturalSign();
        return Statement.of(
                party(account.kind()),
                account.owner(),
                month,
                store.balanceBefore(account, start(month)) * sign,
                store.movements(account, start(month), end(month)).stream()
                        .map(m -> new Statement.Movement(
                                m.at(),
                                m.kind(),
                                m.description(),
                                m.bookingId(),
                                m.orderId(),
                                m.transactionId(),
                                m.amountFen() * sign))
                        .toList());
    }

    static String party(AccountKind kind) {
        return switch (kind) {
            case FIRM_RECEIVABLE -> "FIRM";
            case PROVIDER_PAYABLE -> "PROVIDER";
            case BUREAU_RECEIVABLE -> "BUREAU";
            case PLATFORM_CASH -> "PLATFORM";
        };
    }

    /** Statement months are calendar months in Asia/Shanghai, as claim months are. */
    public static Instant start(YearMonth month) {
        return ClaimBatch.start(month);
    }

    public static Instant end(YearMonth month) {
        return ClaimBatch.end(month);
    }
}
