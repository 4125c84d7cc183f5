package io.deltashare.booking.deliverable.application;

import io.deltashare.booking.BookingConfig;
import io.deltashare.booking.deliverable.domain.Deliverable;
import io.deltashare.booking.deliverable.domain.FileKinds;
import io.deltashare.booking.deliverable.persistence.Deliverables;
import io.deltashare.booking.order.domain.MilestoneStatus;
import io.deltashare.booking.order.domain.OrderStatus;
import io.deltashare.booking.order.domain.ServiceOrder;
import io.deltashare.booking.order.persistence.ServiceOrders;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.decision.Rejection;
import io.deltashare.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Deliverables of orders: the provider's staff upload test reports and data files against an order (and a milestone
 * not yet accepted), streamed, size-limited, checksummed and checked to be what their content type says; only the
 * firm that ordered (or its partner portal) and the provider's staff list and download them. The platform admin, who
 * sees every order, does not see their files.
 */
@ApplicationScoped
public class DeliverableService {

    /** A deliverable to download: what it is, and its bytes. */
    public record Download(Deliverable deliverable, InputStream content) {}

    private final ServiceOrders orders;
    private final Deliverables deliverables;
    private final DeliverableFiles files;
    private final long maxBytes;
    private final Clock clock;

    DeliverableService(
            ServiceOrders orders,
            Deliverables deliverables,
            Instance<DeliverableFiles> files,
            BookingConfig config,
            Clock clock) {
        this.orders = orders;
        this.deliverables = deliverables;
        this.files = files.get();
        this.maxBytes = config.deliverables().maxBytes();
        this.clock = clock;
    }

    /**
     * Stores an upload as a deliverable of {@code orderId} (and milestone {@code milestone}, if given). Refused, with
     * nothing kept: an order the caller may not see (404), a caller who is not the provider's staff (403), an order
     * not active or a milestone already accepted (409), an unknown content type (415), a file over the limit (413), a
     * file that is not what its type says or whose checksum differs from {@code declaredSha256} (422).
     */
    @Transactional
    public Deliverable upload(
            UUID orderId,
            Integer milestone,
            String name,
            String contentType,
            String declaredSha256,
            InputStream content,
            Caller caller) {
        ServiceOrder order = orders.lockedForUpdate(orderId)
                .filter(o -> parties(o, caller))
                .orElseThrow(() -> Rejected.notFound("order " + orderId));
        if (!caller.isStaffOfProvider(order.parties().providerOrganizationId())) {
            throw Rejected.forbidden("only staff of the provider upload deliverables");
        }
        if (order.status() != OrderStatus.ACTIVE) {
            throw Rejection.conflict(
                            "order-not-active",
                            "deliverables are uploaded while the order is ACTIVE; it is " + order.status())
                    .asException();
        }
        if (milestone != null) {
            var part = order.milestone(milestone);
            if (part == null) {
                throw Rejected.invalid("milestone", "order " + orderId + " has no milestone " + milestone);
            }
            if (part.status() == MilestoneStatus.ACCEPTED) {
                throw Rejection.conflict("milestone-accepted", "milestone " + milestone + " was accepted already")
                        .asException();
            }
        }
        String fileName = FileKinds.fileName(name)
                .orElseThrow(() -> Rejected.invalid("name", "the file's name, 1 to 200 characters, without a path"));
        String type = FileKinds.accepted(contentType)
                .orElseThrow(() -> Rejection.unsupportedMediaType(
                                "'" + contentType + "' is not a kind of deliverable; send one of " + FileKinds.list())
                        .asException());
        if (deliverables.countOf(orderId) >= Deliverables.MAX_PER_ORDER) {
            throw Rejection.conflict(
                            "too-many-deliverables", "an order has at most " + Deliverables.MAX_PER_ORDER + " files")
                    .asException();
        }
        UUID id = UUID.randomUUID();
        DeliverableFiles.Stored stored;
        try {
            stored = files.store(id, content, maxBytes);
        } catch (DeliverableFiles.TooLarge e) {
            files.delete(id);
            throw Rejection.tooLarge("a deliverable is at most " + maxBytes + " bytes")
                    .asException();
        }
        String refusal = stored.sizeBytes() == 0
                ? "the file is empty"
                : FileKinds.mismatch(type, stored.head()).orElse(null);
        if (refusal == null
                && declaredSha256 != null
                && !declaredSha256.trim().toLowerCase(Locale.ROOT).equals(stored.sha256())) {
            refusal = "the file's SHA-256 is " + stored.sha256() + ", not the " + declaredSha256 + " declared";
        }
        if (refusal != null) {
            files.delete(id);
            throw Rejection.unprocessable("deliverable-refused", refusal).asException();
        }
        Deliverable deliverable = new Deliverable(
                id,
                orderId,
                milestone,
                fileName,
                type,
                stored.sizeBytes(),
                stored.sha256(),
                files.name(),
                caller.subject(),
                clock.instant());
        deliverables.add(deliverable);
        return deliverable;
    }

    /** The deliverables of an order, for its firm and its provider's staff. */
    @Transactional
    public List<Deliverable> list(UUID orderId, Caller caller) {
        partyOf(orderId, caller);
        return deliverables.ofOrder(orderId);
    }

    /** One deliverable and its bytes, for the order's firm and its provider's staff. */
    @Transactional
    public Download download(UUID orderId, UUID id, Caller caller) {
        partyOf(orderId, caller);
        Deliverable deliverable =
                deliverables.find(orderId, id).orElseThrow(() -> Rejected.notFound("deliverable " + id));
        return new Download(deliverable, files.open(id));
    }

    private void partyOf(UUID orderId, Caller caller) {
        orders.find(orderId).filter(o -> parties(o, caller)).orElseThrow(() -> Rejected.notFound("order " + orderId));
    }

    /** The firm that ordered (or its partner portal) and the provider's staff: the only ones who see the files. */
    private static boolean parties(ServiceOrder order, Caller caller) {
        return caller.actsFor(order.parties().firmOrganizationId())
                || caller.isStaffOfProvider(order.parties().providerOrganizationId());
    }
}
