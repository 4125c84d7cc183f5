package io.deltashare.innovationvoucher.voucher.application;

import io.deltashare.innovationvoucher.Visibility;
import io.deltashare.innovationvoucher.program.persistence.ProgramRepository;
import io.deltashare.innovationvoucher.voucher.domain.VoucherStatus;
import io.deltashare.innovationvoucher.voucher.persistence.VoucherRepository;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.rest.Cursor;
import io.deltashare.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** What a firm sees of its vouchers and a bureau of its region's; nobody sees anyone else's. */
@ApplicationScoped
public class VoucherQueries {

    private final VoucherRepository vouchers;
    private final ProgramRepository programs;

    VoucherQueries(VoucherRepository vouchers, ProgramRepository programs) {
        this.vouchers = vouchers;
        this.programs = programs;
    }

    @Transactional
    public VoucherView get(UUID id, Caller caller) {
        return vouchers.find(id)
                .filter(v -> Visibility.sees(
                        caller, v.region(), programs.localityOf(v.programId()).orElse(null), v.firmOrganizationId()))
                .map(v -> VoucherView.of(v, vouchers.history(id)))
                .orElseThrow(() -> Rejected.notFound("voucher " + id));
    }

    /** Newest first, without history (ask for one voucher to see it). */
    @Transactional
    public List<VoucherView> list(Caller caller, VoucherStatus status, Cursor after, int limit) {
        return Visibility.rows(caller, "region", "firmOrganizationId", "programId")
                .map(visible -> vouchers.list(visible, status, after, limit).stream()
                        .map(v -> VoucherView.of(v, List.of()))
                        .toList())
                .orElse(List.of());
    }
}
