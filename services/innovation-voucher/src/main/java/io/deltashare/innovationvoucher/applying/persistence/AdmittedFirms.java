package io.deltashare.innovationvoucher.applying.persistence;

import io.deltashare.contracts.membership.OrganizationSnapshot;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** The firms membership admitted, by organization id: what a program for SMEs asks of an applicant. */
@ApplicationScoped
public class AdmittedFirms implements PanacheRepositoryBase<AdmittedFirmEntity, UUID> {

    /**
     * Records an admitted firm once; a repeated announcement changes nothing but the name it is printed under (a firm
     * admitted before names were kept gets one).
     */
    public void admitted(OrganizationSnapshot firm, Instant at) {
        AdmittedFirmEntity known = findById(firm.id());
        if (known != null) {
            if (firm.name() != null) {
                known.nameZh = firm.name().zh();
                known.nameEn = firm.name().en();
            }
            return;
        }
        AdmittedFirmEntity row = new AdmittedFirmEntity();
        row.organizationId = firm.id();
        row.region = firm.region().code();
        row.smeNumber = firm.smeNumber();
        row.smeYear = firm.smeYear();
        row.admittedAt = at;
        row.nameZh = firm.name() == null ? null : firm.name().zh();
        row.nameEn = firm.name() == null ? null : firm.name().en();
        persist(row);
    }
}
