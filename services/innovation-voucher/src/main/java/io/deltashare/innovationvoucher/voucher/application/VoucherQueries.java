package io.deltashare.innovationvoucher.voucher.application;

import io.deltashare.platform.decision.Rejected;
import io.deltashare.innovationvoucher.Visibility;
import io.deltashare.innovationvoucher.voucher.persistence.VoucherEntity;
import io.deltashare.innovationvoucher.voucher.persistence.VoucherEntryEntity;
import io.deltashare.innovationvoucher.voucher.persistence.VoucherRepository;
import io.deltashare.platform.security.Caller;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** What a firm sees of its vouchers and a bureau of its region's; nobody sees anyone else's. */
@ApplicationScoped
public class VoucherQueries {

    private final VoucherRepository vouchers;

    VoucherQueries(VoucherRepository vouchers) {
        this.vouchers = vouchers;
    }

    @Transactional
    public VoucherView get(UUID id, Caller caller) {
        VoucherEntity voucher = vouchers.findByIdOptional(id)
                .filter(v -> Visibility.sees(caller, v.region, v.firmOrganizationId))
                .orElseThrow(() -> Rejected.notFound("voucher " + id));
        List<VoucherEntryEntity> history = vouchers.getEntityManager()
                .createQuery("from VoucherEntryEntity where voucherId = :id order by id", VoucherEntryEntity.class)
                .setParameter("id", id).getResultList();
        return VoucherView.of(voucher, history);
    }

    /** Newest first, without history (ask for one voucher to see it). */
    @Transactional
    public List<VoucherView> list(Caller caller, String status, int limit) {
        return Visibility.filter(caller, "region", "firmOrganizationId")
                .map(filter -> status == null ? filter : filter.and("status = :status", "status", status))
                .map(filter -> vouchers.find(filter.query(), Sort.descending("issuedAt"), filter.parameters())
                        .page(Page.ofSize(limit)).list().stream().map(v -> VoucherView.of(v, List.of())).toList())
                .orElse(List.of());
    }
}
