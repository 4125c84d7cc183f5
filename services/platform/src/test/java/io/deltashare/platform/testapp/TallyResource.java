package io.deltashare.platform.testapp;

import io.deltashare.contracts.money.Money;
import io.deltashare.platform.idempotency.IdempotentRequests;
import io.deltashare.platform.outbox.Outbox;
import io.deltashare.platform.problem.Problem;
import io.deltashare.platform.problem.ProblemException;
import io.deltashare.platform.security.CurrentCaller;
import io.deltashare.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.UUID;

/** REST side of the platform's test application. */
@Path("/api/v1")
@Authenticated
public class TallyResource {

    public record NewTally(
            @NotBlank @Size(max = 50) String label,
            @NotNull Money amount,
            @NotNull Tally.Kind kind) {}

    public record TallyView(UUID id, String label, Money amount, Tally.Kind kind) {
        static TallyView of(Tally tally) {
            return new TallyView(tally.id, tally.label, Money.ofFen(tally.amountFen), tally.kind);
        }
    }

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final IdempotentRequests idempotency;
    private final CurrentCaller caller;

    TallyResource(EntityManager entityManager, Outbox outbox, IdempotentRequests idempotency, CurrentCaller caller) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Path("/tallies")
    public Response register(
            @Valid @NotNull NewTally request,
            @HeaderParam(IdempotentRequests.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.execute(key, "POST /api/v1/tallies", request, () -> {
            TallyView created = QuarkusTransaction.joiningExisting().call(() -> create(request));
            return Response.created(uri.getAbsolutePathBuilder()
                            .path(created.id().toString())
                            .build())
                    .entity(created)
                    .build();
        });
    }

    /** Joins the transaction of {@link IdempotentRequests#execute} when the request has a key, else has its own. */
    TallyView create(NewTally request) {
        Tally tally = new Tally();
        tally.id = UUID.randomUUID();
        tally.label = request.label();
        tally.amountFen = request.amount().fen();
        tally.kind = request.kind();
        entityManager.persist(tally);
        outbox.publish(new TallyRegistered(tally.id.toString(), tally.label, request.amount(), false));
        return TallyView.of(tally);
    }

    @GET
    @Path("/tallies/{id}")
    public TallyView get(@PathParam("id") UUID id) {
        Tally tally = entityManager.find(Tally.class, id);
        if (tally == null) {
            throw new ProblemException(Problem.notFound("no tally " + id));
        }
        return TallyView.of(tally);
    }

    @GET
    @Path("/whoami")
    @RolesAllowed(Roles.FIRM)
    public Map<String, Object> whoami() {
        var me = caller.get();
        var organization = me.soleOrganization().orElseThrow();
        return Map.of(
                "subject",
                me.subject(),
                "organizationId",
                organization.id(),
                "organizationRegion",
                organization.region().orElse(""),
                "roles",
                me.roles());
    }
}
