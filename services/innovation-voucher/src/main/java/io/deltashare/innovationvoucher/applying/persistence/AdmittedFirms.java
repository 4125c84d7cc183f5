package io.deltashare.innovationvoucher.applying.persistence;

import io.deltashare.contracts.membership.OrganizationSnapshot;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** The firms membership admitted, by organization id: what a program for SMEs asks of an applicant. */
@ApplicationScoped
public class AdmittedFirms implements PanacheRepositoryBase<AdmittedFirmEntity, UUID> {

    /** Records an admitted firm once; a repeated announcement changes nothing. */
    public void admitted(OrganizationSnapshot firm, Instant at) {
        if (findById(firm.id()) != null) {
            return;
        }
        AdmittedFirmEntity row = new AdmittedFirmEntity();
        row.organizationId = firm.id();
        row.region = firm.region().code();
        row.smeNumber = firm.smeNumber();
        row.smeYear = firm.smeYear();
        row.admittedAt = at;
        persist(row);
    }
}
