package io.deltashare.instrumentcatalog.changes.rest;

import io.deltashare.instrumentcatalog.changes.application.CatalogChange;
import io.deltashare.instrumentcatalog.changes.application.CatalogChanges;
import io.deltashare.platform.rest.QueryParams;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The public change feed of the catalog: a province platform mirrors the Delta's instruments and services by reading
 * every change once from the start, then polling with the cursor of its last answer.
 */
@Tag(name = "Catalog changes", description = "The catalog's change feed, for mirroring it without crawling")
@Path("/api/v1/catalog-changes")
public class CatalogChangeResource {

    static final int DEFAULT_SIZE = 100;
    static final int LARGEST_SIZE = 500;

    /**
     * A page of the feed: its changes in order, the cursor to ask for the next ones with (also when there are none
     * yet), and a link to them while more are waiting now.
     */
    public record ChangePage(
            List<CatalogChange> items,

            @Schema(description = "send it as since= to read on from here; present on every page")
            String cursor,

            @Schema(nullable = true, description = "where the next changes are, while more are waiting now")
            URI next) {}

    private final CatalogChanges changes;

    CatalogChangeResource(CatalogChanges changes) {
        this.changes = changes;
    }

    @GET
    @PermitAll
    @Operation(
            operationId = "listCatalogChanges",
            summary = "Instruments and services listed, changed, repriced and withdrawn, in the order they were made,"
                    + " after since (from the beginning without it); anyone may read it")
    public RestResponse<ChangePage> since(
            @Parameter(description = "the cursor of the previous answer; none to start from the beginning")
                    @QueryParam("since")
                    String since,
            @Parameter(description = "only changes of providers in these regions (ISO 3166-2, e.g. CN-SH)")
                    @QueryParam("region")
                    List<String> regions,
            @Parameter(description = "only changes in these categories") @QueryParam("category")
                    List<String> categories,
            @Parameter(
                            description = "page size, 1 to 500 (default 100)",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "500",
                                            defaultValue = "100"))
                    @QueryParam("limit")
                    String limit,
            @Context UriInfo uri) {
        Set<String> regionCodes = new LinkedHashSet<>();
        regions.stream()
                .map(QueryParams::region)
                .filter(Objects::nonNull)
                .forEach(region -> regionCodes.add(region.code()));
        Set<String> categoryNames = new LinkedHashSet<>();
        categories.stream().map(QueryParams::text).filter(Objects::nonNull).forEach(categoryNames::add);
        CatalogChanges.Feed feed = changes.since(
                since, regionCodes, categoryNames, QueryParams.pageSize(limit, DEFAULT_SIZE, LARGEST_SIZE));
        URI next = feed.more()
                ? uri.getRequestUriBuilder()
                        .replaceQueryParam("since", feed.cursor())
                        .build()
                : null;
        RestResponse.ResponseBuilder<ChangePage> answer =
                RestResponse.ResponseBuilder.ok(new ChangePage(feed.items(), feed.cursor(), next));
        if (next != null) {
            answer.link(next, "next");
        }
        return answer.header("Cache-Control", "no-store").build();
    }
}
