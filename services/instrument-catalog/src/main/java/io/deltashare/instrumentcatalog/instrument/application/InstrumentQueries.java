package io.deltashare.instrumentcatalog.instrument.application;

import io.deltashare.instrumentcatalog.instrument.domain.Instrument;
import io.deltashare.instrumentcatalog.instrument.persistence.InstrumentRepository;
import io.deltashare.instrumentcatalog.instrument.persistence.InstrumentSearch;
import io.deltashare.instrumentcatalog.provider.domain.Provider;
import io.deltashare.instrumentcatalog.provider.persistence.ProviderRepository;
import io.deltashare.platform.decision.Rejected;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Runs a search and turns it into a page of instruments with an opaque cursor to the next page. */
@ApplicationScoped
public class InstrumentQueries {

    /** The instruments found and the cursor of the following ones, null on the last; REST answers it as a Page. */
    public record Found(List<InstrumentView> items, String nextCursor) {}

    private final InstrumentSearch search;
    private final InstrumentRepository instruments;
    private final ProviderRepository providers;

    InstrumentQueries(InstrumentSearch search, InstrumentRepository instruments, ProviderRepository providers) {
        this.search = search;
        this.instruments = instruments;
        this.providers = providers;
    }

    @Transactional
    public Found search(InstrumentSearch.Criteria criteria, String cursor, int limit) {
        InstrumentSearch.Position after = decode(cursor, criteria.sort());
        List<InstrumentSearch.Hit> hits = search.search(criteria, after, limit + 1);
        boolean more = hits.size() > limit;
        List<InstrumentSearch.Hit> page = more ? hits.subList(0, limit) : hits;
        Map<UUID, Instrument> byId =
                instruments.byIds(page.stream().map(InstrumentSearch.Hit::id).toList());
        Map<UUID, Provider> owners = providers.byIds(
                byId.values().stream().map(Instrument::providerId).distinct().toList());
        List<InstrumentView> items = page.stream()
                .map(hit -> byId.get(hit.id()))
                .map(i -> InstrumentView.of(i, owners.get(i.providerId())))
                .toList();
        String next = more ? encode(criteria.sort(), page.get(page.size() - 1)) : null;
        return new Found(items, next);
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
