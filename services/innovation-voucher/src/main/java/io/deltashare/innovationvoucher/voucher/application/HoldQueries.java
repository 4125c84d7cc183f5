package io.deltashare.innovationvoucher.voucher.application;

import io.deltashare.innovationvoucher.voucher.persistence.HoldRepository;
import io.deltashare.platform.rest.Cursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Every voucher's holds, for the platform admin and the cross-service reconciliation. */
@ApplicationScoped
public class HoldQueries {

    private final HoldRepository holds;

    HoldQueries(HoldRepository holds) {
        this.holds = holds;
    }

    @Transactional
    public List<HoldView> list(Instant heldFrom, Instant heldBefore, Set<UUID> bookings, Cursor after, int limit) {
        return holds
                .page(
                        heldFrom,
                        heldBefore,
                        bookings,
                        after == null ? null : after.at(),
                        after == null ? null : after.id(),
                        limit)
                .stream()
                .map(HoldView::of)
                .toList();
    }
}
