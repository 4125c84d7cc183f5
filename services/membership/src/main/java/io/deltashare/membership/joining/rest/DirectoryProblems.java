package io.deltashare.membership.joining.rest;

import io.deltashare.membership.organization.application.Directory;
import io.deltashare.platform.problem.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Keycloak unreachable or refusing during a review: 503, nothing changed, the review may be tried again. */
public class DirectoryProblems {

    private static final Logger LOG = Logger.getLogger(DirectoryProblems.class);

    @ServerExceptionMapper
    public Response unavailable(Directory.Unavailable e, UriInfo uri) {
        LOG.warn(e.getMessage(), e);
        return Response.fromResponse(Problem.of(
                                "identity-provider-unavailable",
                                "Service Unavailable",
                                503,
                                "the identity provider did not take the change; nothing was decided, try again shortly")
                        .at(uri.getPath())
                        .toResponse())
                .header("Retry-After", "5")
                .build();
    }
}
