package io.deltashare.settlement.reconciliation.rest;

import io.deltashare.settlement.reconciliation.application.Reconciliation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The platform admin's reconciliation report. */
@Path("/api/v1/reconciliation")
public class ReconciliationResource {

    private final Reconciliation reconciliation;

    ReconciliationResource(Reconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @GET
    @RolesAllowed("admin")
    public Reconciliation.Report check() {
        return reconciliation.check();
    }
}
