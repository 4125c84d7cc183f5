package io.deltashare.booking.maintenance.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A window in which the provider keeps an instrument out of service. */
@Entity
@Table(name = "maintenance_block")
public class MaintenanceBlockEntity {

    @Id
    public UUID id;

    @Column(name = "instrument_id", nullable = false)
    public UUID instrumentId;

    @Column(name = "start_at", nullable = false)
    public Instant start;

    @Column(name = "end_at", nullable = false)
    public Instant end;

    @Column(nullable = false)
    public String reason;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
