package io.deltashare.instrumentcatalog.provider.application;

import io.deltashare.platform.decision.Rejected;
import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.ProviderRegistered;
import io.deltashare.contracts.catalog.ProviderSnapshot;
import io.deltashare.contracts.catalog.ProviderUpdated;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.instrumentcatalog.provider.domain.Accreditation;
import io.deltashare.instrumentcatalog.provider.domain.OperatorOnlyFields;
import io.deltashare.instrumentcatalog.provider.domain.ProviderType;
import io.deltashare.instrumentcatalog.provider.persistence.ProviderEntity;
import io.deltashare.instrumentcatalog.provider.persistence.ProviderRepository;
import io.deltashare.platform.outbox.Outbox;
import io.deltashare.platform.rest.ETags;
import io.deltashare.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Registers providers (platform operators) and keeps their details (operators or the provider's own staff). */
@ApplicationScoped
public class ProviderService {

    private final ProviderRepository providers;
    private final Outbox outbox;
    private final Event<ProviderRelocated> relocated;

    ProviderService(ProviderRepository providers, Outbox outbox, Event<ProviderRelocated> relocated) {
        this.providers = providers;
        this.outbox = outbox;
        this.relocated = relocated;
    }

    @Transactional
    public ProviderSnapshot register(UUID organizationId, ProviderDetails details) {
        if (providers.byOrganization(organizationId).isPresent()) {
            throw Rejected.conflict("provider-exists", "organization " + organizationId + " already has a provider");
        }
        ProviderEntity provider = new ProviderEntity();
        provider.id = UUID.randomUUID();
        provider.organizationId = organizationId;
        apply(details, provider);
        providers.persistAndFlush(provider);
        ProviderSnapshot snapshot = snapshot(provider);
        outbox.publish(new ProviderRegistered(snapshot));
        return snapshot;
    }

    @Transactional
    public ProviderSnapshot update(UUID id, ProviderDetails details, String ifMatch, Caller caller) {
        ProviderEntity provider = providers.findByIdOptional(id).orElseThrow(() -> Rejected.notFound("provider " + id));
        if (!caller.isAdmin() && !(caller.isProvider() && caller.isMemberOf(provider.organizationId))) {
            throw Rejected.forbidden("only platform operators and the provider's own staff may change this provider");
        }
        if (!caller.isAdmin()) {
            OperatorOnlyFields.refusalForStaff(held(provider), new OperatorOnlyFields.Held(details.region().code(),
                    details.type(), details.accreditations())).ifPresent(reason -> {
                        throw Rejected.forbidden(reason);
                    });
        }
        ETags.requireMatch(ifMatch, provider.version);
        String region = provider.region;
        String city = provider.city;
        apply(details, provider);
        providers.flush();
        ProviderSnapshot snapshot = snapshot(provider);
        outbox.publish(new ProviderUpdated(snapshot));
        if (!provider.region.equals(region) || !provider.city.equals(city)) {
            relocated.fire(new ProviderRelocated(provider));
        }
        return snapshot;
    }

    @Transactional
    public ProviderSnapshot get(UUID id) {
        return providers.findByIdOptional(id).map(ProviderService::snapshot)
                .orElseThrow(() -> Rejected.notFound("provider " + id));
    }

    /**
     * Providers in id order after {@code after}, at most {@code limit}, optionally of one region or of one Keycloak
     * organization.
     */
    @Transactional
    public List<ProviderSnapshot> list(Region region, UUID organization, UUID after, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (region != null) {
            query.append(" and region = :region");
            parameters.put("region", region.code());
        }
        if (organization != null) {
            query.append(" and organizationId = :organization");
            parameters.put("organization", organization);
        }
        if (after != null) {
            query.append(" and id > :after");
            parameters.put("after", after);
        }
        return providers.find(query + " order by id", parameters).page(0, limit).list().stream()
                .map(ProviderService::snapshot).toList();
    }

    private static OperatorOnlyFields.Held held(ProviderEntity provider) {
        Set<Accreditation> accreditations = provider.accreditations.isEmpty() ? Set.of()
                : Arrays.stream(provider.accreditations.split(",")).map(Accreditation::valueOf).collect(Collectors.toSet());
        return new OperatorOnlyFields.Held(provider.region, ProviderType.valueOf(provider.type), accreditations);
    }

    private static void apply(ProviderDetails details, ProviderEntity provider) {
        provider.nameZh = details.name().zh();
        provider.nameEn = details.name().en();
        provider.region = details.region().code();
        provider.city = details.city();
        provider.type = details.type().name();
        provider.accreditations = details.accreditations().stream().map(Enum::name).sorted()
                .collect(Collectors.joining(","));
        provider.contactEmail = details.contactEmail();
        provider.contactPhone = details.contactPhone();
    }

    public static ProviderSnapshot snapshot(ProviderEntity p) {
        List<String> accreditations = p.accreditations.isEmpty() ? List.of()
                : Arrays.stream(p.accreditations.split(",")).map(Accreditation::valueOf).map(Enum::name).toList();
        return new ProviderSnapshot(p.id, p.organizationId, new LocalizedText(p.nameZh, p.nameEn),
                Region.ofCode(p.region), p.city, p.type, accreditations, p.contactEmail, p.contactPhone, p.version);
    }
}
