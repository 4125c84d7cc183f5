package io.deltashare.membership.partner.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code partner_grant}: one firm's consent to one partner. */
@Entity
@Table(name = "partner_grant")
@IdClass(GrantEntity.Key.class)
public class GrantEntity {

    /** The composite key: the partner and the firm. */
    public record Key(UUID partnerId, UUID firmId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "partner_id")
    public UUID partnerId;

    @Id
    @Column(name = "firm_id")
    public UUID firmId;

    public String region;

    @Column(nullable = false)
    public String scopes;

    @Column(name = "granted_by", nullable = false)
    public String grantedBy;

    @Column(name = "granted_at", nullable = false)
    public Instant grantedAt;
}
