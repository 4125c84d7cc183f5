package io.deltashare.membership.partner.persistence;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.membership.PartnerScope;
import io.deltashare.membership.partner.domain.FirmGrant;
import io.deltashare.membership.partner.domain.Partner;
import io.deltashare.membership.partner.domain.PartnerStatus;
import io.deltashare.platform.persistence.Where;
import io.deltashare.platform.rest.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Partner applications and the firms' grants to them. */
@ApplicationScoped
public class PartnerRepository implements PanacheRepositoryBase<PartnerEntity, UUID> {

    /**
     * The partner, its row locked until the transaction ends: every change of a partner and of its grants goes through
     * this lock, so the grants written to Keycloak are always the whole set as it stands.
     */
    public Optional<Partner> lockedForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(PartnerRepository::toDomain);
    }

    public Optional<Partner> find(UUID id) {
        return findByIdOptional(id).map(PartnerRepository::toDomain);
    }

    public void add(Partner partner) {
        PartnerEntity row = new PartnerEntity();
        row.id = partner.id();
        row.organizationId = partner.organizationId();
        row.registeredBy = partner.registeredBy();
        write(row, partner);
        persist(row);
    }

    /** Stores a move of a partner loaded in this transaction. */
    public void save(Partner partner) {
        write(findById(partner.id()), partner);
    }

    /** Partners {@code visible} to the caller, of {@code status} when given, newest first. */
    public List<Partner> list(Where visible, PartnerStatus status, Cursor after, int limit) {
        return visible
                .and("status = :status", "status", status == null ? null : status.name())
                .newestFirst(this, "submittedAt", after, limit)
                .stream()
                .map(PartnerRepository::toDomain)
                .toList();
    }

    /** Every grant the partner holds: what its tokens carry. */
    public List<FirmGrant> grantsOf(UUID partner) {
        return getEntityManager()
                .createQuery("from GrantEntity g where g.partnerId = :partner order by g.firmId", GrantEntity.class)
                .setParameter("partner", partner)
                .getResultList()
                .stream()
                .map(PartnerRepository::toDomain)
                .toList();
    }

    /**
     * A page of the partner's grants in firm order, after {@code afterFirm}; only those of {@code firms} unless that is
     * null.
     */
    public List<FirmGrant> grantsPage(UUID partner, Collection<UUID> firms, UUID afterFirm, int limit) {
        String query = "from GrantEntity g where g.partnerId = :partner"
                + (firms == null ? "" : " and g.firmId in :firms")
                + (afterFirm == null ? "" : " and g.firmId > :after")
                + " order by g.firmId";
        var found = getEntityManager().createQuery(query, GrantEntity.class).setParameter("partner", partner);
        if (firms != null) {
            found.setParameter("firms", firms);
        }
        if (afterFirm != null) {
            found.setParameter("after", afterFirm);
        }
        return found.setMaxResults(limit).getResultList().stream()
                .map(PartnerRepository::toDomain)
                .toList();
    }

    public Optional<FirmGrant> grant(UUID partner, UUID firm) {
        return Optional.ofNullable(getEntityManager().find(GrantEntity.class, new GrantEntity.Key(partner, firm)))
                .map(PartnerRepository::toDomain);
    }

    /** Records the firm's grant, replacing the scopes it gave before. */
    public void putGrant(FirmGrant grant) {
        GrantEntity row =
                getEntityManager().find(GrantEntity.class, new GrantEntity.Key(grant.partnerId(), grant.firm()));
        boolean fresh = row == null;
        if (fresh) {
            row = new GrantEntity();
            row.partnerId = grant.partnerId();
            row.firmId = grant.firm();
        }
        row.region = grant.region();
        row.scopes =
                grant.scopes().stream().sorted().map(PartnerScope::claimValue).collect(Collectors.joining(","));
        row.grantedBy = grant.grantedBy();
        row.grantedAt = grant.grantedAt();
        if (fresh) {
            getEntityManager().persist(row);
        }
    }

    /** Removes the firm's grant; whether there was one. */
    public boolean removeGrant(UUID partner, UUID firm) {
        GrantEntity row = getEntityManager().find(GrantEntity.class, new GrantEntity.Key(partner, firm));
        if (row == null) {
            return false;
        }
        getEntityManager().remove(row);
        return true;
    }

    /** Removes every grant of the partner, when it is revoked. */
    public void removeGrants(UUID partner) {
        getEntityManager()
                .createQuery("delete from GrantEntity g where g.partnerId = :partner")
                .setParameter("partner", partner)
                .executeUpdate();
    }

    private static void write(PartnerEntity row, Partner partner) {
        row.nameZh = partner.name().zh();
        row.nameEn = partner.name().en();
        row.description = partner.description();
        row.sandbox = partner.sandbox();
        row.status = partner.status().name();
        row.clientId = partner.clientId();
        row.reason = partner.reason();
        row.reviewedBy = partner.reviewedBy();
        row.submittedAt = partner.submittedAt();
        row.reviewedAt = partner.reviewedAt();
        row.version = partner.version();
    }

    private static Partner toDomain(PartnerEntity row) {
        return new Partner(
                row.id,
                row.organizationId,
                row.registeredBy,
                new LocalizedText(row.nameZh, row.nameEn),
                row.description,
                row.sandbox,
                PartnerStatus.valueOf(row.status),
                row.clientId,
                row.reason,
                row.reviewedBy,
                row.submittedAt,
                row.reviewedAt,
                row.version);
    }

    private static FirmGrant toDomain(GrantEntity row) {
        Set<PartnerScope> scopes = EnumSet.noneOf(PartnerScope.class);
        Arrays.stream(row.scopes.split(","))
                .map(PartnerScope::ofClaimValue)
                .flatMap(Optional::stream)
                .forEach(scopes::add);
        return new FirmGrant(row.partnerId, row.firmId, row.region, Set.copyOf(scopes), row.grantedBy, row.grantedAt);
    }
}
