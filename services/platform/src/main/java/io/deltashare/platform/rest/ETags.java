package io.deltashare.platform.rest;

import io.deltashare.platform.decision.ExpectedVersion;
import jakarta.ws.rs.core.EntityTag;
import org.jboss.resteasy.reactive.RestResponse;

/** Optimistic locking over HTTP: an entity's version is its {@code ETag}; updates must send it back in {@code If-Match}. */
public final class ETags {

    public static final String IF_MATCH = "If-Match";

    private ETags() {}

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** A 200 answer with {@code entity} and its version as the {@code ETag}. */
    public static <T> RestResponse<T> ok(T entity, long version) {
        return RestResponse.ResponseBuilder.ok(entity).tag(of(version)).build();
    }

    /** The version a client's {@code If-Match} names, for a change that must name one (428 when it does not). */
    public static ExpectedVersion expected(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? ExpectedVersion.unnamed() : expectedIfGiven(ifMatch);
    }

    /** The version a client's {@code If-Match} names, or any version when it sends none. */
    public static ExpectedVersion expectedIfGiven(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return ExpectedVersion.whatever();
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        if (tag.equals("*")) {
            return ExpectedVersion.whatever();
        }
        try {
            return ExpectedVersion.of(Long.parseLong(tag));
        } catch (NumberFormatException e) {
            return ExpectedVersion.of(-1); // no version of ours: stale whatever the current one is
        }
    }
}
