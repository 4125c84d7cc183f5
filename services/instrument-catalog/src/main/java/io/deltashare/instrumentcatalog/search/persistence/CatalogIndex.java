package io.deltashare.instrumentcatalog.search.persistence;

import io.deltashare.instrumentcatalog.search.domain.Facets;
import io.deltashare.instrumentcatalog.search.domain.Keyset;
import io.deltashare.instrumentcatalog.search.domain.SearchDoc;
import io.deltashare.instrumentcatalog.search.domain.SearchIndex;
import io.deltashare.instrumentcatalog.search.domain.SearchRequest;
import io.deltashare.platform.persistence.SqlRows;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The live rows of a catalog table as a {@link SearchIndex} in this replica's memory, caught up with the database
 * before every search, so a search sees every write committed before it began, whichever replica wrote it.
 *
 * <p>Catching up asks first whether any row was written by a transaction at or above the horizon, the oldest
 * transaction still running when the index last read (migration {@code V10__search_in_memory.sql}): the newest
 * {@code search_xid} of each table, from its index. Only if one was does it read those rows. The first statement has
 * no parameters, so PostgreSQL plans it once per connection; the second, whose horizon parameter makes PostgreSQL plan
 * it anew for each call (its estimate with the value beats any generic plan's), runs only when something was written.
 *
 * <p>A search that arrives while another catches up waits for it and then catches up itself, unless a catch-up that
 * began after it arrived has finished: that one saw all it must see. A {@code DELETE} or {@code TRUNCATE} moves the
 * table's epoch on, and the index loads the table again, as it does when the database's transaction ids go back (a
 * database restored from a backup, or another one behind the same address).
 *
 * <p>Rows of other tables that show on a listing (its ratings: {@link Table#parts}) carry their writing transaction
 * too, and catching up reads again the listings they name: so each write to what a listing shows gives the index a new
 * version of it ({@link Keyset.Hit#indexed}), and a view kept for the old version is not shown again.
 */
public final class CatalogIndex<A> {

    /**
     * The table searched: its name, the statuses search finds, the columns read into a listing's attributes (as
     * {@code x.column}), how they become the attributes, the attributes' {@link Facets}, and the tables whose rows show
     * on a listing.
     */
    public record Table<A>(
            String name,
            String liveStatuses,
            String attributeColumns,
            Function<Object[], A> attributes,
            Function<A, List<String>> facets,
            List<Part> parts) {}

    /**
     * A table whose rows show on the listing they name in {@code listingColumn} (a rating on its instrument), with a
     * {@code search_xid} column kept as the listing tables' is.
     */
    public record Part(String table, String listingColumn) {}

    private static final Logger LOG = Logger.getLogger(CatalogIndex.class);
    private static final int LOAD_BATCH = 5_000;
    // id, whether search finds it, its texts and words, then the table's attribute columns
    private static final int ATTRIBUTES_FROM = 5;
    private static final String HORIZON = "CAST(CAST(? AS text) AS xid8)";

    private final Table<A> table;
    private final String columns;
    private final String newestWrites;
    private final String catchUp;
    private final ReentrantLock catchingUp = new ReentrantLock();
    private final AtomicLong catchUpsBegun = new AtomicLong();
    private volatile SearchIndex<A> index;
    // guarded by catchingUp
    private long catchUpsFinished;
    private long horizon;
    private long epoch;

    public CatalogIndex(Table<A> table) {
        this.table = table;
        this.columns = "x.id, x.status IN (" + table.liveStatuses()
                + "), x.search_text, x.name_text, tsvector_to_array(catalog_words(x.search_text)), "
                + table.attributeColumns();
        // the ids of the rows written at or above the horizon, and of the listings their parts written there name
        StringBuilder written = new StringBuilder("SELECT id FROM " + table.name() + " WHERE search_xid >= " + HORIZON);
        for (Part part : table.parts()) {
            written.append(" UNION SELECT ")
                    .append(part.listingColumn())
                    .append(" FROM ")
                    .append(part.table())
                    .append(" WHERE search_xid >= " + HORIZON + " AND ")
                    .append(part.listingColumn())
                    .append(" IS NOT NULL");
        }
        StringBuilder newest = new StringBuilder(
                "SELECT CAST(pg_snapshot_xmin(pg_current_snapshot()) AS text), e.epoch, " + newestWrite(table.name()));
        table.parts().forEach(part -> newest.append(", ").append(newestWrite(part.table())));
        this.newestWrites = newest.append(" FROM catalog_search_epoch e").toString();
        this.catchUp = "SELECT CAST(pg_snapshot_xmin(pg_current_snapshot()) AS text), e.epoch, " + columns
                + " FROM catalog_search_epoch e LEFT JOIN (" + written + ") w ON true LEFT JOIN " + table.name()
                + " x ON x.id = w.id";
    }

    // the transaction that wrote the table's newest row, as text (null if it has none), read backwards from its index
    private static String newestWrite(String tableName) {
        return "CAST((SELECT search_xid FROM " + tableName + " ORDER BY search_xid DESC LIMIT 1) AS text)";
    }

    /** The page {@code request} asks for, from an index caught up with every write committed before this call. */
    public List<Keyset.Hit> search(EntityManager entityManager, SearchRequest<A> request) {
        return caughtUp(entityManager).search(request);
    }

    private SearchIndex<A> caughtUp(EntityManager entityManager) {
        long arrived = catchUpsBegun.get();
        catchingUp.lock();
        try {
            if (index != null && catchUpsFinished > arrived) {
                return index;
            }
            long number = catchUpsBegun.incrementAndGet();
            index = index == null ? loaded(entityManager) : caughtUp(entityManager, index);
            catchUpsFinished = number;
            return index;
        } finally {
            catchingUp.unlock();
        }
    }

    private SearchIndex<A> caughtUp(EntityManager entityManager, SearchIndex<A> current) {
        // plain JDBC: this runs before most searches, and Hibernate's native query cost more than the statement
        Object[] now = SqlRows.of(entityManager, newestWrites).get(0);
        if (!isCurrent(now)) {
            return loaded(entityManager);
        }
        if (Arrays.stream(now, 2, now.length)
                .noneMatch(xid -> xid != null && Long.parseLong((String) xid) >= horizon)) {
            // every transaction below the new horizon has finished, and none of them wrote here
            horizon = Long.parseLong((String) now[0]);
            return current;
        }
        Object[] horizons = new Object[1 + table.parts().size()];
        Arrays.fill(horizons, Long.toString(horizon));
        List<Object[]> rows = SqlRows.of(entityManager, catchUp, horizons);
        Object[] first = rows.get(0);
        if (!isCurrent(first)) {
            return loaded(entityManager);
        }
        Map<UUID, Optional<SearchDoc<A>>> changes = new HashMap<>();
        for (Object[] row : rows) {
            if (row[2] != null) {
                Object[] doc = Arrays.copyOfRange(row, 2, row.length);
                changes.put((UUID) doc[0], live(doc));
            }
        }
        horizon = Long.parseLong((String) first[0]);
        return current.with(changes);
    }

    /**
     * Whether the index can catch up from a read whose first columns are its snapshot's horizon and the epoch, or must
     * load the table again.
     */
    private boolean isCurrent(Object[] read) {
        if (((Number) read[1]).longValue() != epoch) {
            LOG.infof("%s: rows were deleted, loading the index again", table.name());
            return false;
        }
        if (Long.parseLong((String) read[0]) < horizon) {
            // transaction ids never go back in one database: this is another one, or one restored from a backup
            LOG.warnf("%s: the database's transactions went back in time, loading the index again", table.name());
            return false;
        }
        return true;
    }

    private SearchIndex<A> loaded(EntityManager entityManager) {
        Object[] now = SqlRows.of(
                        entityManager,
                        "SELECT CAST(pg_snapshot_xmin(pg_current_snapshot()) AS text), epoch FROM catalog_search_epoch")
                .get(0);
        List<SearchDoc<A>> live = new ArrayList<>();
        UUID after = new UUID(0, 0);
        String beyond = ">="; // the first batch may start with the nil uuid itself
        while (true) {
            List<Object[]> rows = SqlRows.of(
                    entityManager,
                    "SELECT " + columns + " FROM " + table.name() + " x WHERE x.status IN (" + table.liveStatuses()
                            + ") AND x.id " + beyond + " ? ORDER BY x.id LIMIT " + LOAD_BATCH,
                    after);
            rows.forEach(row -> live(row).ifPresent(live::add));
            if (rows.size() < LOAD_BATCH) {
                break;
            }
            after = (UUID) rows.get(rows.size() - 1)[0];
            beyond = ">";
        }
        horizon = Long.parseLong((String) now[0]);
        epoch = ((Number) now[1]).longValue();
        LOG.infof("%s: %d live rows indexed for search", table.name(), live.size());
        return SearchIndex.of(live);
    }

    private Optional<SearchDoc<A>> live(Object[] row) {
        if (!(Boolean) row[1]) {
            return Optional.empty();
        }
        A attributes = table.attributes().apply(Arrays.copyOfRange(row, ATTRIBUTES_FROM, row.length));
        return Optional.of(new SearchDoc<>(
                (UUID) row[0],
                SqlArrays.strings(row[4]).toArray(String[]::new),
                (String) row[2],
                (String) row[3],
                table.facets().apply(attributes),
                attributes));
    }
}
