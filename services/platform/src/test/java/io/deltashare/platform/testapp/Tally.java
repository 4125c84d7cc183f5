package io.deltashare.platform.testapp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.util.UUID;

/** Test aggregate of the platform's test application. */
@Entity
public class Tally {

    /** Kinds a tally may have; an unknown value in a request must be a 400. */
    public enum Kind {
        SAMPLE,
        SLOT
    }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String label;

    @Column(name = "amount_fen", nullable = false)
    public long amountFen;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;
}
