package io.deltashare.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;

/**
 * One page of a list and the link to the next (absent on the last), also sent as a {@code Link: <…>; rel="next"}
 * header. The link repeats the request's query with {@code cursor} set, so filters stay as they were.
 */
public record Page<T>(List<T> items, URI next) {

    /** The page of {@code items}; {@code nextCursor} is null on the last page. */
    public static <T> Page<T> of(List<T> items, String nextCursor, UriInfo uri) {
        URI next = nextCursor == null ? null : uri.getRequestUriBuilder().replaceQueryParam("cursor", nextCursor).build();
        return new Page<>(List.copyOf(items), next);
    }

    public Response toResponse() {
        Response.ResponseBuilder answer = Response.ok(this);
        if (next != null) {
            answer.link(next, "next");
        }
        return answer.build();
    }
}
