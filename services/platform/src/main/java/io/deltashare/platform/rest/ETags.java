package io.deltashare.platform.rest;

import io.deltashare.platform.problem.Problem;
import io.deltashare.platform.problem.ProblemException;
import jakarta.ws.rs.core.EntityTag;
import org.jboss.resteasy.reactive.RestResponse;

/** Optimistic locking over HTTP: an entity's version is its {@code ETag}; updates must send it back in {@code If-Match}. */
public final class ETags {

    public static final String IF_MATCH = "If-Match";

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** A 200 answer with {@code entity} and its version as the {@code ETag}. */
    public static <T> RestResponse<T> ok(T entity, long version) {
        return RestResponse.ResponseBuilder.ok(entity).tag(of(version)).build();
    }

    /**
     * The version a client's {@code If-Match} names; 428 when it is missing, 412 when it names another version than
     * {@code current}.
     */
    public static long requireMatch(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(Problem.of("precondition-required", "Precondition required", 428,
                    "send the ETag you read in If-Match, so a concurrent change is not overwritten"));
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        if (!tag.equals(Long.toString(current)) && !tag.equals("*")) {
            throw new ProblemException(Problem.of("stale-version", "Precondition failed", 412,
                    "the resource changed since you read it (your version " + tag + ", now " + current
                            + "); read it again and reapply your change"));
        }
        return current;
    }
}
