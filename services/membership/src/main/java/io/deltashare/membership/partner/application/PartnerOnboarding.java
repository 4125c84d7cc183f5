package io.deltashare.membership.partner.application;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.membership.PartnerScope;
import io.deltashare.membership.MembershipConfig;
import io.deltashare.membership.partner.domain.FirmGrant;
import io.deltashare.membership.partner.domain.Partner;
import io.deltashare.membership.partner.domain.PartnerStatus;
import io.deltashare.membership.partner.persistence.PartnerRepository;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.persistence.Where;
import io.deltashare.platform.rest.Cursor;
import io.deltashare.platform.security.Caller;
import io.deltashare.platform.security.PartnerGrants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Partner onboarding (互联互通): a member of an organization registers a partner application; the platform admin
 * approves it (its client is created in Keycloak) or rejects it; the organization's members take its secret, shown
 * once and rotated on every request, and may revoke it. A firm's staff grant an approved partner the right to act for
 * the firm, scope by scope, and take it back; each change writes the partner's whole set of grants into Keycloak, so
 * its next token (and the gateway's webhooks) follow.
 *
 * <p>The identity provider's part comes first and is repeatable; only then does the change commit. Every change of a
 * partner holds its row's lock, so two firms granting at once write Keycloak one after the other, each with the whole
 * set.
 */
@ApplicationScoped
public class PartnerOnboarding {

    private final PartnerRepository partners;
    private final PartnerClients clients;
    private final Clock clock;
    private final String tokenUrl;

    PartnerOnboarding(PartnerRepository partners, PartnerClients clients, Clock clock, MembershipConfig config) {
        this.partners = partners;
        this.clients = clients;
        this.clock = clock;
        this.tokenUrl = config.partners().tokenUrl();
    }

    @Transactional
    public PartnerView register(
            UUID organization, LocalizedText name, String description, boolean sandbox, Caller caller) {
        if (!caller.isMemberOf(organization)) {
            throw Rejected.forbidden("register a partner for an organization you are a member of");
        }
        Partner partner = Partner.register(
                        UUID.randomUUID(), organization, caller.subject(), name, description, sandbox, clock.instant())
                .orElseThrow();
        partners.add(partner);
        return PartnerView.of(partner);
    }

    @Transactional
    public PartnerView get(UUID id, Caller caller) {
        return PartnerView.of(visible(id, caller));
    }

    /**
     * The partners the caller may see, newest first: the admin all; a member of an organization the ones it registered;
     * anyone signed in the approved ones, so that a firm can find the partner it wants to grant.
     */
    @Transactional
    public List<PartnerView> list(Caller caller, PartnerStatus status, Cursor after, int limit) {
        return partners.list(visibleRows(caller), status, after, limit).stream()
                .map(PartnerView::of)
                .toList();
    }

    /** The platform admin approves: the partner's client is created, acting for nobody until a firm grants it. */
    @Transactional
    public PartnerView approve(UUID id, Caller caller) {
        Partner partner = reviewable(id, caller);
        Partner approved = partner.approve(caller.subject(), clock.instant()).orElseThrow();
        clients.create(new PartnerClients.NewClient(
                approved.clientId(),
                clientName(approved.name()),
                "partner " + approved.id() + " of organization " + approved.organizationId(),
                approved.sandbox()));
        partners.save(approved);
        return PartnerView.of(approved);
    }

    @Transactional
    public PartnerView reject(UUID id, String reason, Caller caller) {
        Partner partner = reviewable(id, caller);
        Partner rejected =
                partner.reject(caller.subject(), reason, clock.instant()).orElseThrow();
        partners.save(rejected);
        return PartnerView.of(rejected);
    }

    /** A new secret for the partner's client, for its organization's members only; the one before stops working. */
    @Transactional
    public SecretView newSecret(UUID id, Caller caller) {
        Partner partner = locked(id, caller);
        if (!caller.isMemberOf(partner.organizationId())) {
            throw Rejected.forbidden("only members of the organization that registered the partner take its secret");
        }
        partner.active().orElseThrow();
        String secret = clients.newSecret(partner.clientId());
        return new SecretView(partner.clientId(), secret, tokenUrl, clock.instant());
    }

    /** The registering organization's members, or the admin, end the partner for good. */
    @Transactional
    public PartnerView revoke(UUID id, String reason, Caller caller) {
        Partner partner = locked(id, caller);
        if (!caller.isAdmin() && !caller.isMemberOf(partner.organizationId())) {
            throw Rejected.forbidden("the organization that registered the partner, or the platform admin, revokes it");
        }
        Partner revoked =
                partner.revoke(caller.subject(), reason, clock.instant()).orElseThrow();
        clients.disable(revoked.clientId());
        clients.grants(revoked.clientId(), List.of());
        partners.removeGrants(id);
        partners.save(revoked);
        return PartnerView.of(revoked);
    }

    /** The staff of {@code firm} let the partner act for it in {@code scopes}, replacing what they granted before. */
    @Transactional
    public GrantView grant(UUID id, UUID firm, Set<PartnerScope> scopes, Caller caller) {
        Caller.Organization granting = ownFirm(firm, caller);
        Partner partner = locked(id, caller).active().orElseThrow();
        FirmGrant grant = new FirmGrant(
                id, firm, granting.region().orElse(null), Set.copyOf(scopes), caller.subject(), clock.instant());
        List<FirmGrant> all = new ArrayList<>(partners.grantsOf(id).stream()
                .filter(g -> !g.firm().equals(firm))
                .toList());
        all.add(grant);
        clients.grants(
                partner.clientId(), all.stream().map(PartnerOnboarding::asClaim).toList());
        partners.putGrant(grant);
        return GrantView.of(grant);
    }

    /** The staff of {@code firm} take back everything the firm granted the partner. */
    @Transactional
    public void revokeGrant(UUID id, UUID firm, Caller caller) {
        ownFirm(firm, caller);
        Partner partner = locked(id, caller);
        if (partners.grant(id, firm).isEmpty()) {
            throw Rejected.notFound("a grant of " + firm + " to partner " + id);
        }
        if (partner.status() == PartnerStatus.APPROVED) {
            clients.grants(
                    partner.clientId(),
                    partners.grantsOf(id).stream()
                            .filter(g -> !g.firm().equals(firm))
                            .map(PartnerOnboarding::asClaim)
                            .toList());
        }
        partners.removeGrant(id, firm);
    }

    /**
     * The partner's grants in firm order: all of them for its organization's members and the admin, for a firm's staff
     * the firm's own.
     */
    @Transactional
    public List<GrantView> grants(UUID id, Caller caller, UUID afterFirm, int limit) {
        Partner partner = visible(id, caller);
        Set<UUID> firms = caller.isAdmin() || caller.isMemberOf(partner.organizationId())
                ? null
                : caller.isCustomer() ? caller.organizations().keySet() : Set.of();
        return partners.grantsPage(id, firms, afterFirm, limit).stream()
                .map(GrantView::of)
                .toList();
    }

    private Where visibleRows(Caller caller) {
        if (caller.isAdmin()) {
            return Where.all();
        }
        List<Where> seen =
                new ArrayList<>(List.of(Where.where("status = :approved", "approved", PartnerStatus.APPROVED.name())));
        if (!caller.organizations().isEmpty()) {
            seen.add(Where.where(
                    "organizationId in :own",
                    "own",
                    List.copyOf(caller.organizations().keySet())));
        }
        return Where.anyOf(seen);
    }

    private boolean maySee(Caller caller, Partner partner) {
        return caller.isAdmin()
                || partner.status() == PartnerStatus.APPROVED
                || caller.isMemberOf(partner.organizationId());
    }

    private Partner visible(UUID id, Caller caller) {
        return partners.find(id).filter(p -> maySee(caller, p)).orElseThrow(() -> Rejected.notFound("partner " + id));
    }

    private Partner locked(UUID id, Caller caller) {
        return partners.lockedForUpdate(id)
                .filter(p -> maySee(caller, p))
                .orElseThrow(() -> Rejected.notFound("partner " + id));
    }

    private Partner reviewable(UUID id, Caller caller) {
        Partner partner = locked(id, caller);
        if (!caller.isAdmin()) {
            throw Rejected.forbidden("partners are reviewed by the platform admin");
        }
        return partner;
    }

    /** The grant as the partner's tokens carry it. */
    private static PartnerGrants.Grant asClaim(FirmGrant grant) {
        return new PartnerGrants.Grant(
                grant.firm(),
                Optional.ofNullable(grant.region()),
                grant.scopes().stream().map(PartnerScope::claimValue).collect(Collectors.toSet()));
    }

    /** Keycloak keeps at most 255 characters of a client's name. */
    private static String clientName(LocalizedText name) {
        String both = name.zh() + " " + name.en();
        return both.length() <= 255 ? both : both.substring(0, 255);
    }

    /** The firm (or research group) whose staff the caller is; only they grant for it. */
    private static Caller.Organization ownFirm(UUID firm, Caller caller) {
        if (!caller.isCustomer() || !caller.isMemberOf(firm)) {
            throw Rejected.forbidden("only the firm's own staff grant a partner rights for it");
        }
        return caller.organizations().get(firm);
    }
}
