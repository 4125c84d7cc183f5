package io.deltashare.instrumentcatalog.instrument.application;

import io.deltashare.platform.decision.Rejected;
import io.deltashare.contracts.catalog.InstrumentSnapshot;
import io.deltashare.instrumentcatalog.instrument.persistence.InstrumentEntity;
import io.deltashare.instrumentcatalog.instrument.persistence.InstrumentSearch;
import io.deltashare.instrumentcatalog.provider.persistence.ProviderEntity;
import io.deltashare.instrumentcatalog.provider.persistence.ProviderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Runs a search and turns it into a page of instruments with an opaque cursor to the next page. */
@ApplicationScoped
public class InstrumentQueries {

    /** A page of results; {@code nextCursor} is null on the last page. */
    public record Page(List<InstrumentSnapshot> items, String nextCursor) {
    }

    private final InstrumentSearch search;
    private final EntityManager entityManager;
    private final ProviderRepository providers;

    InstrumentQueries(InstrumentSearch search, EntityManager entityManager, ProviderRepository providers) {
        this.search = search;
        this.entityManager = entityManager;
        this.providers = providers;
    }

    @Transactional
    public Page search(InstrumentSearch.Criteria criteria, String cursor, int limit) {
        InstrumentSearch.Position after = decode(cursor, criteria.sort());
        List<InstrumentSearch.Hit> hits = search.search(criteria, after, limit + 1);
        boolean more = hits.size() > limit;
        List<InstrumentSearch.Hit> page = more ? hits.subList(0, limit) : hits;
        Map<UUID, InstrumentEntity> byId = entityManager
                .createQuery("FROM InstrumentEntity WHERE id IN :ids", InstrumentEntity.class)
                .setParameter("ids", page.stream().map(InstrumentSearch.Hit::id).toList()).getResultList()
                .stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
        Map<UUID, ProviderEntity> owners = providers.list("id in ?1",
                        byId.values().stream().map(i -> i.providerId).distinct().toList())
                .stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        List<InstrumentSnapshot> items = page.stream().map(hit -> byId.get(hit.id()))
                .map(i -> InstrumentService.snapshot(i, owners.get(i.providerId))).toList();
        String next = more ? encode(criteria.sort(), page.get(page.size() - 1)) : null;
        return new Page(items, next);
    }

    private static String encode(InstrumentSearch.Sort sort, InstrumentSearch.Hit last) {
        String raw = sort + "|" + last.id() + "|" + last.key();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static InstrumentSearch.Position decode(String cursor, InstrumentSearch.Sort sort) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 3);
            if (parts.length != 3 || !parts[0].equals(sort.name())) {
                throw new IllegalArgumentException("cursor of another search");
            }
            if (sort != InstrumentSearch.Sort.NAME) {
                Long.parseLong(parts[2]);
            }
            return new InstrumentSearch.Position(parts[2], UUID.fromString(parts[1]));
        } catch (IllegalArgumentException e) {
            throw Rejected.invalid("cursor", "not a cursor of this search; use the next link of the previous page");
        }
    }
}
