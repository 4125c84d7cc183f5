package io.deltashare.instrumentcatalog.category;

import io.deltashare.contracts.catalog.LocalizedText;
import io.quarkus.security.Authenticated;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;

/** The instrument taxonomy, for search filters and listings. */
@Path("/api/v1/instrument-categories")
@Authenticated
public class CategoryResource {

    /** A category: its code (used in filters and listings) and bilingual name. */
    public record CategoryView(String code, LocalizedText name) {
    }

    private final EntityManager entityManager;

    CategoryResource(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @GET
    public List<CategoryView> list() {
        return entityManager.createQuery("FROM CategoryEntity ORDER BY code", CategoryEntity.class).getResultList()
                .stream().map(c -> new CategoryView(c.code, new LocalizedText(c.nameZh, c.nameEn))).toList();
    }
}
