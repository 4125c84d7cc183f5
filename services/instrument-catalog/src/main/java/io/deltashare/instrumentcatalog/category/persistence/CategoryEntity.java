package io.deltashare.instrumentcatalog.category.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A category of the seeded taxonomy (Flyway V2, V4, V7). */
@Entity
@Table(name = "instrument_category")
public class CategoryEntity {

    @Id
    public String code;

    @Column(name = "name_zh", nullable = false)
    public String nameZh;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    /** Whether instruments may be listed in it; the categories of development work are for services only. */
    @Column(name = "for_instruments", nullable = false)
    public boolean forInstruments;
}
