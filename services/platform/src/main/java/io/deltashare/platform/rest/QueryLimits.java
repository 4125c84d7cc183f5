package io.deltashare.platform.rest;

import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.decision.Violation;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Bounds every query parameter of every operation before a resource reads it, as the OpenAPI documents state
 * ({@link ApiContract}): a value is at most {@link #LONGEST_VALUE} characters, a parameter repeats at most
 * {@link #MOST_VALUES} times. A resource may check tighter bounds of its own.
 */
public class QueryLimits {

    public static final int LONGEST_VALUE = 512;
    public static final int MOST_VALUES = 100;

    @ServerRequestFilter
    public void bound(UriInfo uri) {
        MultivaluedMap<String, String> parameters = uri.getQueryParameters();
        if (parameters.isEmpty()) {
            return;
        }
        List<Violation> errors = new ArrayList<>();
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name =
                    parameter.getKey().length() > 100 ? parameter.getKey().substring(0, 100) + "…" : parameter.getKey();
            if (parameter.getValue().size() > MOST_VALUES) {
                errors.add(new Violation(
                        name,
                        "is repeated " + parameter.getValue().size() + " times, at most " + MOST_VALUES
                                + " are taken"));
            }
            if (parameter.getValue().stream().anyMatch(value -> value.length() > LONGEST_VALUE)) {
                errors.add(new Violation(name, "is longer than " + LONGEST_VALUE + " characters"));
            }
        }
        if (!errors.isEmpty()) {
            throw Rejected.invalid(errors);
        }
    }
}
