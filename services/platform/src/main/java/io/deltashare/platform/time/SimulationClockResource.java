package io.deltashare.platform.time;

import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.rest.QueryParams;
import io.deltashare.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The simulated clock, set by the simulation's driver on each service directly (the gateway routes no such path). A
 * service whose clock is not simulated answers 404, as if the path did not exist; it is left out of the OpenAPI
 * document because no user of a running platform ever has it.
 */
@Tag(name = "Simulation", description = "The simulated clock of a simulation run (off everywhere else)")
@Path("/api/v1/simulation/clock")
@RolesAllowed(Roles.ADMIN)
public class SimulationClockResource {

    /** The moment the service's clock shows. */
    public record Now(@NotNull @Size(max = 40) String now) {}

    private final Clocks clocks;

    SimulationClockResource(Clocks clocks) {
        this.clocks = clocks;
    }

    @GET
    @Operation(operationId = "getSimulationClock", hidden = true)
    public Now get() {
        return new Now(simulated().instant().toString());
    }

    /** Sets the clock to {@code now}; it runs on from there. */
    @PUT
    @Operation(operationId = "setSimulationClock", hidden = true)
    public Now set(@Valid @NotNull Now now) {
        SimulatedClock simulated = simulated();
        Instant at = QueryParams.instant("now", now.now());
        simulated.set(at);
        return new Now(simulated.instant().toString());
    }

    private SimulatedClock simulated() {
        return clocks.simulated().orElseThrow(() -> Rejected.notFound("/api/v1/simulation/clock"));
    }
}
