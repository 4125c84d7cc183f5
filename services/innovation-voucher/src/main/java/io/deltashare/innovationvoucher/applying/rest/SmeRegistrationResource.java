package io.deltashare.innovationvoucher.applying.rest;

import io.deltashare.innovationvoucher.applying.application.FirmRegistrations;
import io.deltashare.innovationvoucher.applying.application.SmeRegistrationView;
import io.deltashare.platform.rest.Cursor;
import io.deltashare.platform.rest.Page;
import io.deltashare.platform.rest.PageQuery;
import io.deltashare.platform.security.CurrentCaller;
import io.deltashare.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Science-based SME registrations (科技型中小企业) as programs for SMEs see them. A province's bureau verifies the
 * registration of a firm of its region; a firm also counts with the registration it joined DeltaShare with.
 */
@Tag(name = "SME registrations", description = "科技型中小企业 registrations a bureau verifies")
@Path("/api/v1/sme-registrations")
public class SmeRegistrationResource {

    /** The registration a bureau verified: its number in the national registry and the year it is for. */
    @Schema(examples = "{\"registrationNumber\":\"20263205000A0123\",\"year\":2026}")
    public record Verification(@Size(max = 30) String registrationNumber, Integer year) {}

    private final FirmRegistrations registrations;
    private final CurrentCaller caller;

    SmeRegistrationResource(FirmRegistrations registrations, CurrentCaller caller) {
        this.registrations = registrations;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.BUREAU)
    @Operation(
            operationId = "listSmeRegistrations",
            summary = "The registrations the caller's bureau verified, latest first")
    public RestResponse<Page<SmeRegistrationView>> list(@BeanParam PageQuery paging, @Context UriInfo uri) {
        int size = paging.size();
        return Page.of(
                        registrations.verifiedBy(caller.get(), paging.after(), size),
                        size,
                        r -> new Cursor(r.at(), r.organizationId()),
                        uri)
                .toResponse();
    }

    @GET
    @Path("/{organizationId}")
    @Operation(
            operationId = "getSmeRegistration",
            summary = "The registration that counts for a firm: the latest of its bureau's verification and the one "
                    + "it joined with; for the firm, its region's bureau and the admin")
    public SmeRegistrationView get(@PathParam("organizationId") UUID organizationId) {
        return registrations.of(organizationId, caller.get());
    }

    @PUT
    @Path("/{organizationId}")
    @RolesAllowed(Roles.BUREAU)
    @Operation(
            operationId = "verifySmeRegistration",
            summary = "The bureau verifies the registration of a firm of its region (replacing its earlier "
                    + "verification)")
    public SmeRegistrationView verify(
            @PathParam("organizationId") UUID organizationId, @Valid @NotNull Verification verification) {
        return registrations.verify(
                organizationId, verification.registrationNumber(), verification.year(), caller.get());
    }

    @DELETE
    @Path("/{organizationId}")
    @RolesAllowed(Roles.BUREAU)
    @Operation(
            operationId = "withdrawSmeRegistration",
            summary = "The bureau withdraws its verification (the registration was revoked or given in error)")
    @APIResponse(responseCode = "204", description = "withdrawn; the registration the firm joined with still counts")
    public void withdraw(@PathParam("organizationId") UUID organizationId) {
        registrations.withdraw(organizationId, caller.get());
    }
}
