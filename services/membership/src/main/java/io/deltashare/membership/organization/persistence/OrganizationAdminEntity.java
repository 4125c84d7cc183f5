package io.deltashare.membership.organization.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** A person who decides who else joins an organization. */
@Entity
@Table(name = "organization_admin")
@IdClass(OrganizationAdminEntity.Key.class)
public class OrganizationAdminEntity {

    /** The composite key. */
    public record Key(UUID organizationId, String subject) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "organization_id")
    public UUID organizationId;

    @Id
    public String subject;
}
