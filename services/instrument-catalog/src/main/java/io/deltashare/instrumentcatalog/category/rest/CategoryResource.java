package io.deltashare.instrumentcatalog.category.rest;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.instrumentcatalog.category.persistence.Categories;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The category taxonomy of instruments and services, for search filters, listings and voucher programs. */
@Tag(name = "Categories", description = "The taxonomy of instruments and services")
@Path("/api/v1/instrument-categories")
@PermitAll
public class CategoryResource {

    /**
     * A category: its code (used in filters and listings), bilingual name, and whether instruments may be listed in
     * it (services may be offered in every category).
     */
    public record CategoryView(String code, LocalizedText name, boolean forInstruments) {}

    private final Categories categories;

    CategoryResource(Categories categories) {
        this.categories = categories;
    }

    @GET
    @Operation(operationId = "listInstrumentCategories")
    public List<CategoryView> list() {
        return categories.all().stream()
                .map(c -> new CategoryView(c.code, new LocalizedText(c.nameZh, c.nameEn), c.forInstruments))
                .toList();
    }
}
