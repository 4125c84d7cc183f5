package io.deltashare.innovationvoucher.applying.application;

import io.deltashare.contracts.membership.OrganizationSnapshot;
import io.deltashare.innovationvoucher.applying.persistence.AdmittedFirms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Keeps the firms membership admitted (firms only; providers and research groups hold no vouchers). */
@ApplicationScoped
public class FirmRegistrations {

    private final AdmittedFirms firms;

    FirmRegistrations(AdmittedFirms firms) {
        this.firms = firms;
    }

    @Transactional
    public void admitted(OrganizationSnapshot organization, Instant at) {
        if ("firm".equals(organization.kind())) {
            firms.admitted(organization, at);
        }
    }
}
