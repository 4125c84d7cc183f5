package io.deltashare.instrumentcatalog.category.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** The seeded instrument taxonomy. */
@ApplicationScoped
public class Categories implements PanacheRepositoryBase<CategoryEntity, String> {

    public List<CategoryEntity> all() {
        return listAll(io.quarkus.panache.common.Sort.by("code"));
    }

    public Optional<CategoryEntity> byCode(String code) {
        return code == null ? Optional.empty() : findByIdOptional(code);
    }
}
