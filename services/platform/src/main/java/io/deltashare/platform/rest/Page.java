package io.deltashare.platform.rest;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * One page of a list and the link to the next (absent on the last), also sent as a {@code Link: <…>; rel="next"}
 * header. The link repeats the request's query with {@code cursor} set, so filters stay as they were.
 */
public record Page<T>(
        List<T> items, @Schema(nullable = true) URI next) {

    /** The page of {@code items}; {@code nextCursor} is null on the last page. */
    public static <T> Page<T> of(List<T> items, String nextCursor, UriInfo uri) {
        URI next = nextCursor == null
                ? null
                : uri.getRequestUriBuilder()
                        .replaceQueryParam("cursor", nextCursor)
                        .build();
        return new Page<>(List.copyOf(items), next);
    }

    /**
     * A page of {@code items}, at most {@code limit} of a keyset-ordered list: when it is full, the next page starts
     * after its last item, whose cursor {@code cursorOf} gives.
     */
    public static <T> Page<T> of(List<T> items, int limit, Function<T, Cursor> cursorOf, UriInfo uri) {
        return of(
                items,
                items.size() < limit
                        ? null
                        : cursorOf.apply(items.get(items.size() - 1)).encode(),
                uri);
    }

    /** The page as a 200 answer: typed, so that the OpenAPI document describes the page's items. */
    public RestResponse<Page<T>> toResponse() {
        RestResponse.ResponseBuilder<Page<T>> answer = RestResponse.ResponseBuilder.ok(this);
        if (next != null) {
            answer.link(next, "next");
        }
        return answer.build();
    }
}
