package io.deltashare.booking.quotation.application;

import io.deltashare.booking.customer.application.Customers;
import io.deltashare.booking.offer.persistence.ServiceOfferView;
import io.deltashare.booking.offer.persistence.ServiceOffers;
import io.deltashare.booking.order.application.OrderChanges;
import io.deltashare.booking.order.application.OrderView;
import io.deltashare.booking.order.domain.Milestone;
import io.deltashare.booking.order.domain.MilestoneStatus;
import io.deltashare.booking.order.domain.OrderEvent;
import io.deltashare.booking.order.domain.OrderParties;
import io.deltashare.booking.order.domain.ServiceOrder;
import io.deltashare.booking.quotation.domain.Quote;
import io.deltashare.booking.quotation.domain.QuoteRequest;
import io.deltashare.booking.quotation.domain.QuoteRequestStatus;
import io.deltashare.booking.quotation.domain.QuoteTerms;
import io.deltashare.booking.quotation.domain.Recipient;
import io.deltashare.booking.quotation.persistence.QuoteRequests;
import io.deltashare.booking.reservation.domain.PriceTier;
import io.deltashare.booking.wallet.application.WalletChoices;
import io.deltashare.booking.wallet.domain.VoucherChoice;
import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.catalog.ServiceKind;
import io.deltashare.contracts.money.Money;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.decision.Violation;
import io.deltashare.platform.security.Caller;
import io.deltashare.platform.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Requests for quotation and their quotes: a customer asks named services' providers, or every provider of a
 * category in chosen regions; the providers' staff quote and may withdraw; the customer accepts one quote, which
 * places the order with the quote's terms. A request the caller may not see does not exist to it, and a provider
 * sees neither the other providers nor their quotes.
 */
@ApplicationScoped
public class Quotations {

    /**
     * What a customer asks for: either {@code serviceOfferIds} (the services whose providers it asks) or a
     * {@code category} and the {@code regions} whose providers it asks.
     */
    public record Asking(
            UUID firmOrganizationId,
            String title,
            String description,
            List<UUID> serviceOfferIds,
            String category,
            Set<Region> regions,
            LocalDate wantedBy,
            Instant respondBy) {}

    private final QuoteRequests requests;
    private final ServiceOffers offers;
    private final OrderChanges orders;
    private final WalletChoices wallet;
    private final Clock clock;

    Quotations(QuoteRequests requests, ServiceOffers offers, OrderChanges orders, WalletChoices wallet, Clock clock) {
        this.requests = requests;
        this.offers = offers;
        this.orders = orders;
        this.wallet = wallet;
        this.clock = clock;
    }

    @Transactional
    public QuoteRequestView ask(Asking asking, String requestedBy, Caller caller) {
        Customers.Customer customer = Customers.buying(caller, asking.firmOrganizationId(), "ask for quotes");
        Instant now = clock.instant();
        QuoteRequest draft = new QuoteRequest(
                UUID.randomUUID(),
                customer.organization().id(),
                Region.ofCode(customer.organization().region().orElseThrow()),
                requestedBy,
                asking.title(),
                asking.description(),
                asking.category(),
                asking.wantedBy(),
                asking.respondBy(),
                recipients(asking, customer.organization().id()),
                null,
                null,
                null,
                0);
        QuoteRequest opened = requests.add(QuoteRequest.open(draft, now).orElseThrow());
        return QuoteRequestView.of(opened, opened.recipients(), List.of());
    }

    @Transactional
    public QuoteRequestView get(UUID id, Caller caller) {
        QuoteRequest request = visible(requests.find(id).orElse(null), id, caller);
        return view(request, caller);
    }

    /** The requests the caller made or received (every request for the admin), in id order. */
    @Transactional
    public List<QuoteRequestView> list(Caller caller, QuoteRequestStatus status, UUID after, int limit) {
        java.util.Set<UUID> organizations = Customers.listedOrganizations(caller);
        return requests.visible(organizations, organizations, status, after, limit).stream()
                .map(r -> view(r, caller))
                .toList();
    }

    /** The provider's staff quote on a request that went to their provider. */
    @Transactional
    public QuoteView quote(UUID requestId, QuoteTerms terms, Caller caller) {
        QuoteRequest request = visible(requests.lockedForUpdate(requestId).orElse(null), requestId, caller);
        Recipient recipient = recipientActingAs(request, caller)
                .orElseThrow(() -> Rejected.forbidden("only staff of a provider the request went to may quote"));
        Instant now = clock.instant();
        Quote quote = request.quote(
                        UUID.randomUUID(),
                        recipient,
                        terms,
                        requests.hasLiveQuote(requestId, recipient.providerId()),
                        caller.subject(),
                        now,
                        LocalDate.ofInstant(now, Clocks.SHANGHAI))
                .orElseThrow();
        return QuoteView.of(requests.addQuote(quote));
    }

    /** The provider's staff take a quote back (the request is locked, so that it is not accepted meanwhile). */
    @Transactional
    public QuoteView withdraw(UUID requestId, UUID quoteId, Caller caller) {
        QuoteRequest request = visible(requests.lockedForUpdate(requestId).orElse(null), requestId, caller);
        Quote quote = quoteOf(request, quoteId, caller);
        if (!caller.isStaffOfProvider(quote.recipient().providerOrganizationId())) {
            throw Rejected.forbidden("only staff of the provider that quoted may withdraw the quote");
        }
        return QuoteView.of(requests.saveQuote(quote.withdraw().orElseThrow()));
    }

    /**
     * The customer accepts a quote: the request is awarded and the order placed with the quote's terms, frozen. Two
     * acceptances of one request are serialised by the request's lock (and by the database's one-accepted-quote
     * index), so only one order is ever placed.
     */
    @Transactional
    public OrderView accept(UUID requestId, UUID quoteId, Paying paying, Caller caller) {
        QuoteRequest request = visible(requests.lockedForUpdate(requestId).orElse(null), requestId, caller);
        if (!caller.actsFor(request.firmOrganizationId())) {
            throw Rejected.forbidden("only the firm that asked (or its partner portal) accepts a quote");
        }
        Customers.Customer customer = Customers.buying(caller, request.firmOrganizationId(), "accept quotes");
        Customers.refuseVoucherInTheSandbox(paying.voucherId(), caller);
        Quote quote = quoteOf(request, quoteId, caller);
        Instant now = clock.instant();
        QuoteRequest.Award award =
                request.accept(quote, LocalDate.ofInstant(now, Clocks.SHANGHAI)).orElseThrow();
        requests.saveQuote(award.quote());
        requests.save(award.request());
        UUID voucher = caller.sandbox() ? null : voucher(paying, customer, quote, now);
        return orders.place(ServiceOrder.place(order(award, voucher, caller.sandbox(), now)));
    }

    /** How the customer pays an order besides its own money: a named voucher, one the system picks, or none. */
    public record Paying(UUID voucherId, boolean voucherChosenBySystem) {

        public static final Paying ALONE = new Paying(null, false);
    }

    /**
     * The order's voucher: the named one (the voucher service judges it), or with {@code "voucher": "auto"} the one
     * the firm's wallet offers for the quote's kind of service, category, provider and price (none for a researcher,
     * or when none applies).
     */
    private UUID voucher(Paying paying, Customers.Customer customer, Quote quote, Instant now) {
        if (!paying.voucherChosenBySystem()) {
            return paying.voucherId();
        }
        if (paying.voucherId() != null) {
            throw Rejected.invalid("voucher", "send voucherId or \"voucher\": \"auto\", not both");
        }
        if (customer.tier() == PriceTier.ACADEMIC) {
            return null;
        }
        Recipient r = quote.recipient();
        return wallet.pick(
                        customer.organization().id(),
                        new VoucherChoice.Purchase(
                                r.kind(), r.category(), r.providerOrganizationId(), r.providerRegion()),
                        Money.ofFen(quote.terms().priceFen()),
                        now)
                .map(choice -> choice.voucher().id())
                .orElse(null);
    }

    /**
     * An order whose voucher refused to pay (or never answered) ends without obligation, and its request opens again
     * with the same quotes, so that the firm may accept one without that voucher.
     */
    void reopenAfter(@Observes OrderEvent.Rejected rejected) {
        ServiceOrder order = rejected.order();
        requests.lockedForUpdate(order.quoteRequestId())
                .ifPresent(request -> requests.quotesOf(request).stream()
                        .filter(q -> q.id().equals(order.quoteId()))
                        .findFirst()
                        .flatMap(q -> request.reopen(q).accepted())
                        .ifPresent(award -> {
                            requests.saveQuote(award.quote());
                            requests.save(award.request());
                        }));
    }

    /** The customer no longer wants quotes on an open request. */
    @Transactional
    public QuoteRequestView cancel(UUID requestId, Caller caller) {
        QuoteRequest request = visible(requests.lockedForUpdate(requestId).orElse(null), requestId, caller);
        if (!caller.actsFor(request.firmOrganizationId())) {
            throw Rejected.forbidden("only the firm that asked (or its partner portal) cancels the request");
        }
        return view(requests.save(request.cancel().orElseThrow()), caller);
    }

    private static ServiceOrder order(QuoteRequest.Award award, UUID voucher, boolean sandbox, Instant now) {
        Quote quote = award.quote();
        QuoteTerms terms = quote.terms();
        Recipient r = quote.recipient();
        QuoteRequest request = award.request();
        List<Long> amounts = terms.milestoneAmounts();
        List<Milestone> milestones = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            QuoteTerms.QuotedMilestone m = terms.milestones().get(i);
            milestones.add(new Milestone(
                    i + 1, m.title(), amounts.get(i), m.due(), MilestoneStatus.PENDING, null, null, null, null));
        }
        return new ServiceOrder(
                UUID.randomUUID(),
                request.id(),
                quote.id(),
                new OrderParties(
                        request.firmOrganizationId(),
                        request.firmRegion(),
                        r.serviceOfferId(),
                        r.providerId(),
                        r.providerOrganizationId(),
                        r.providerRegion(),
                        r.kind(),
                        r.category(),
                        r.serviceName(),
                        sandbox),
                request.title(),
                terms.deliverables(),
                terms.priceFen(),
                milestones,
                terms.cancellationFeePercent(),
                terms.cancellationTerms(),
                voucher,
                0,
                null,
                null,
                now,
                0);
    }

    /** Who the request goes to: the providers of the named active services, or of every active one of the category. */
    private List<Recipient> recipients(Asking asking, UUID customer) {
        List<ServiceOfferView> found;
        if (!asking.serviceOfferIds().isEmpty()) {
            found = offers.byIds(asking.serviceOfferIds());
            List<Violation> unknown = new ArrayList<>();
            for (int i = 0; i < asking.serviceOfferIds().size(); i++) {
                UUID id = asking.serviceOfferIds().get(i);
                if (found.stream().noneMatch(o -> o.id.equals(id) && o.status.equals("ACTIVE"))) {
                    unknown.add(
                            new Violation("serviceOfferIds[" + i + "]", "no active service " + id + " takes requests"));
                }
            }
            if (!unknown.isEmpty()) {
                throw Rejected.invalid(unknown);
            }
        } else {
            found = offers.activeOfOneEachProvider(
                    asking.category(), asking.regions(), QuoteRequest.MAX_RECIPIENTS + 1);
        }
        java.util.Map<UUID, Recipient> byProvider = new java.util.LinkedHashMap<>();
        for (ServiceOfferView o : found) {
            if (!o.providerOrganizationId.equals(customer)) {
                byProvider.putIfAbsent(
                        o.providerId,
                        new Recipient(
                                o.id,
                                o.providerId,
                                o.providerOrganizationId,
                                Region.ofCode(o.providerRegion),
                                ServiceKind.valueOf(o.kind),
                                o.category,
                                new LocalizedText(o.nameZh, o.nameEn)));
            }
        }
        return List.copyOf(byProvider.values());
    }

    private QuoteRequestView view(QuoteRequest request, Caller caller) {
        List<Quote> quotes = requests.quotesOf(request);
        if (caller.isAdmin() || caller.actsFor(request.firmOrganizationId())) {
            return QuoteRequestView.of(request, request.recipients(), quotes);
        }
        return QuoteRequestView.of(
                request,
                request.recipients().stream()
                        .filter(r -> caller.isStaffOfProvider(r.providerOrganizationId()))
                        .toList(),
                quotes.stream()
                        .filter(q -> caller.isStaffOfProvider(q.recipient().providerOrganizationId()))
                        .toList());
    }

    private Quote quoteOf(QuoteRequest request, UUID quoteId, Caller caller) {
        return requests.quotesOf(request).stream()
                .filter(q -> q.id().equals(quoteId))
                .filter(q -> caller.isAdmin()
                        || caller.actsFor(request.firmOrganizationId())
                        || caller.isStaffOfProvider(q.recipient().providerOrganizationId()))
                .findFirst()
                .orElseThrow(() -> Rejected.notFound("quote " + quoteId));
    }

    private static java.util.Optional<Recipient> recipientActingAs(QuoteRequest request, Caller caller) {
        return request.recipients().stream()
                .filter(r -> caller.isStaffOfProvider(r.providerOrganizationId()))
                .findFirst();
    }

    private static QuoteRequest visible(QuoteRequest request, UUID id, Caller caller) {
        if (request == null
                || !(caller.isAdmin()
                        || caller.actsFor(request.firmOrganizationId())
                        || recipientActingAs(request, caller).isPresent())) {
            throw Rejected.notFound("request for quotation " + id);
        }
        return request;
    }
}
