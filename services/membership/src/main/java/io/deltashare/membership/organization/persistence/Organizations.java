package io.deltashare.membership.organization.persistence;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.membership.OrganizationSnapshot;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The organizations admitted through applications, and their admins. */
@ApplicationScoped
public class Organizations implements PanacheRepositoryBase<OrganizationEntity, UUID> {

    public Optional<OrganizationSnapshot> snapshot(UUID id) {
        return findByIdOptional(id).map(Organizations::toSnapshot);
    }

    /** Whether an organization of that name (in either language) was admitted already. */
    public boolean nameTaken(LocalizedText name) {
        return count("nameZh = ?1 or nameEn = ?2", name.zh(), name.en()) > 0;
    }

    public void admitted(OrganizationSnapshot organization, UUID application, String admin, Instant at) {
        OrganizationEntity row = new OrganizationEntity();
        row.id = organization.id();
        row.alias = organization.alias();
        row.kind = organization.kind();
        row.nameZh = organization.name().zh();
        row.nameEn = organization.name().en();
        row.region = organization.region().code();
        row.city = organization.city();
        row.smeNumber = organization.smeNumber();
        row.smeYear = organization.smeYear();
        row.applicationId = application;
        row.admittedAt = at;
        persist(row);
        addAdmin(organization.id(), admin);
    }

    public boolean isAdmin(UUID organization, String subject) {
        return getEntityManager()
                        .find(OrganizationAdminEntity.class, new OrganizationAdminEntity.Key(organization, subject))
                != null;
    }

    public void addAdmin(UUID organization, String subject) {
        OrganizationAdminEntity admin = new OrganizationAdminEntity();
        admin.organizationId = organization;
        admin.subject = subject;
        getEntityManager().persist(admin);
    }

    /** The organizations {@code subject} is an admin of, for the list of staff applications they review. */
    public java.util.List<UUID> administeredBy(String subject) {
        return getEntityManager()
                .createQuery(
                        "select a.organizationId from OrganizationAdminEntity a where a.subject = :subject", UUID.class)
                .setParameter("subject", subject)
                .getResultList();
    }

    private static OrganizationSnapshot toSnapshot(OrganizationEntity row) {
        return new OrganizationSnapshot(
                row.id,
                row.alias,
                row.kind,
                new LocalizedText(row.nameZh, row.nameEn),
                Region.ofCode(row.region),
                row.city,
                row.smeNumber,
                row.smeYear);
    }
}
