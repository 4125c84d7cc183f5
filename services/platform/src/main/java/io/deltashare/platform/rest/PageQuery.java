package io.deltashare.platform.rest;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging parameters of a list of the usual size, as a {@code @BeanParam}: {@code limit} 1 to 100 (default 20) and
 * the opaque {@code cursor} of the previous page's {@code next} link. One declaration, so every such list states the
 * same limits in the OpenAPI document; a list of another size declares its own.
 */
public class PageQuery {

    public static final int DEFAULT_SIZE = 20;
    public static final int LARGEST_SIZE = 100;

    @QueryParam("cursor")
    @Parameter(description = "where the page starts: the cursor of the previous page's next link")
    String cursor;

    @QueryParam("limit")
    @Parameter(
            description = "page size, 1 to 100 (default 20)",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    String limit;

    /** The page size asked for; a 400 naming {@code limit} when it is not 1 to 100. */
    public int size() {
        return QueryParams.pageSize(limit, DEFAULT_SIZE, LARGEST_SIZE);
    }

    /** The raw cursor, or null on the first page. */
    public String cursor() {
        return cursor == null || cursor.isBlank() ? null : cursor;
    }

    /** The cursor as the id the last page ended with, for lists in id order; a 400 naming {@code cursor} otherwise. */
    public java.util.UUID afterId() {
        return cursor() == null
                ? null
                : QueryParams.uuids("cursor", java.util.List.of(cursor), 1)
                        .iterator()
                        .next();
    }

    /** The cursor as a time-and-id keyset position; a 400 naming {@code cursor} when it is not one. */
    public Cursor after() {
        return Cursor.decode(cursor);
    }
}
