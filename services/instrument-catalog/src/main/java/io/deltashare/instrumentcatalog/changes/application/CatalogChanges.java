package io.deltashare.instrumentcatalog.changes.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.deltashare.contracts.catalog.InstrumentListed;
import io.deltashare.contracts.catalog.InstrumentSnapshot;
import io.deltashare.contracts.catalog.InstrumentUpdated;
import io.deltashare.contracts.catalog.InstrumentWithdrawn;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.catalog.ServiceOfferListed;
import io.deltashare.contracts.catalog.ServiceOfferSnapshot;
import io.deltashare.contracts.catalog.ServiceOfferUpdated;
import io.deltashare.contracts.catalog.ServiceOfferWithdrawn;
import io.deltashare.contracts.events.EventJson;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.instrumentcatalog.changes.persistence.ChangeLog;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The catalog's change feed: a listing's event is published through the outbox and written to the feed in one
 * transaction ({@link #publish}), so the feed holds exactly what the events said; partners read it from a cursor
 * ({@link #since}) to mirror the Delta's catalog without crawling it.
 */
@ApplicationScoped
public class CatalogChanges {

    public static final String INSTRUMENT = "INSTRUMENT";
    public static final String SERVICE_OFFER = "SERVICE_OFFER";

    private static final TypeReference<Map<String, Object>> LISTING = new TypeReference<>() {};

    /** One page of the feed and where to go on from: {@code cursor} is never null, so a reader can always poll on. */
    public record Feed(List<CatalogChange> items, String cursor, boolean more) {}

    private final Outbox outbox;
    private final ChangeLog log;
    private final Clock clock;

    CatalogChanges(Outbox outbox, ChangeLog log, Clock clock) {
        this.outbox = outbox;
        this.log = log;
        this.clock = clock;
    }

    /**
     * Publishes {@code event} and, for a listing's event (instruments and service offers), appends the change it makes
     * to the feed: {@code PRICE_CHANGED} for an update whose prices differ from the last change's.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(IntegrationEvent event) {
        outbox.publish(event);
        if (event instanceof InstrumentListed listed) {
            append(listed.instrument(), "LISTED");
        } else if (event instanceof InstrumentUpdated updated) {
            append(updated.instrument(), repriced(updated.instrument().id(), json(updated.instrument())));
        } else if (event instanceof InstrumentWithdrawn withdrawn) {
            append(withdrawn.instrument(), "WITHDRAWN");
        } else if (event instanceof ServiceOfferListed listed) {
            append(listed.offer(), "LISTED");
        } else if (event instanceof ServiceOfferUpdated updated) {
            append(updated.offer(), repriced(updated.offer().id(), json(updated.offer())));
        } else if (event instanceof ServiceOfferWithdrawn withdrawn) {
            append(withdrawn.offer(), "WITHDRAWN");
        }
    }

    /**
     * Appends {@code LISTED} for a live instrument listed before the feed existed, from its current snapshot, without an
     * event (the other services heard of it when it was listed).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void listedBefore(InstrumentSnapshot instrument) {
        append(instrument, "LISTED");
    }

    /** Appends {@code LISTED} for a live offer listed before the feed existed, as {@link #listedBefore(InstrumentSnapshot)}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void listedBefore(ServiceOfferSnapshot offer) {
        append(offer, "LISTED");
    }

    /** Up to {@code limit} changes after {@code cursor} (from the start when null), of the regions and categories. */
    @Transactional
    public Feed since(String cursor, Collection<String> regions, Collection<String> categories, int limit) {
        ChangeLog.Position after = position(cursor);
        List<ChangeLog.Row> rows = log.after(after, regions, categories, limit);
        ChangeLog.Position last =
                rows.isEmpty() ? after : rows.get(rows.size() - 1).position();
        return new Feed(rows.stream().map(CatalogChanges::change).toList(), encode(last), rows.size() == limit);
    }

    private void append(InstrumentSnapshot instrument, String change) {
        append(INSTRUMENT, instrument.id(), instrument.providerRegion(), instrument.category(), instrument, change);
    }

    private void append(ServiceOfferSnapshot offer, String change) {
        append(SERVICE_OFFER, offer.id(), offer.providerRegion(), offer.category(), offer, change);
    }

    private void append(String subject, UUID id, Region region, String category, Object snapshot, String change) {
        log.append(
                subject,
                id,
                change,
                region.code(),
                category,
                clock.instant(),
                json(snapshot).toString());
    }

    /** {@code PRICE_CHANGED} when a price of {@code now} differs from the last change's, else {@code CHANGED}. */
    private String repriced(UUID id, JsonNode now) {
        return log.lastSnapshot(id)
                .map(CatalogChanges::parse)
                .filter(before -> !Objects.equals(before.get("academicPrice"), now.get("academicPrice"))
                        || !Objects.equals(before.get("enterprisePrice"), now.get("enterprisePrice")))
                .map(before -> "PRICE_CHANGED")
                .orElse("CHANGED");
    }

    private static CatalogChange change(ChangeLog.Row row) {
        return new CatalogChange(
                row.subject(),
                row.subjectId(),
                row.change(),
                row.region(),
                row.category(),
                row.changedAt(),
                EventJson.mapper().convertValue(parse(row.snapshot()), LISTING));
    }

    private static JsonNode json(Object snapshot) {
        return EventJson.mapper().valueToTree(snapshot);
    }

    private static JsonNode parse(String json) {
        try {
            return EventJson.mapper().readTree(json);
        } catch (JsonProcessingException cannotHappen) {
            throw new IllegalStateException("a stored snapshot is not JSON", cannotHappen);
        }
    }

    private static String encode(ChangeLog.Position position) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("c1:" + position.xid() + ":" + position.seq()).getBytes(StandardCharsets.UTF_8));
    }

    private static ChangeLog.Position position(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return ChangeLog.Position.START;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
            if (parts.length != 3 || !parts[0].equals("c1")) {
                throw new IllegalArgumentException("not a feed cursor");
            }
            ChangeLog.Position position = new ChangeLog.Position(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
            if (position.xid() < 0 || position.seq() < 0) {
                throw new IllegalArgumentException("not a feed cursor");
            }
            return position;
        } catch (IllegalArgumentException notACursor) {
            throw Rejected.invalid("since", "not a cursor of this feed; use the cursor of the previous answer");
        }
    }
}
