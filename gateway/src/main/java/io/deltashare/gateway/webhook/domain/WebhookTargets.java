package io.deltashare.gateway.webhook.domain;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs webhooks may be sent to: public HTTPS endpoints only. A target on loopback, a private, link-local,
 * shared (carrier-grade NAT), unique-local or otherwise non-public address is refused, so a partner cannot make the
 * gateway call into the platform's own network. {@code allowLoopback} (the test profile only) lets plain-HTTP
 * loopback receivers through for the project's own tests.
 */
public final class WebhookTargets {

    /** Resolves a host name to its addresses; the real one asks DNS. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowLoopback;
    private final Resolver resolver;

    public WebhookTargets(boolean allowLoopback, Resolver resolver) {
        this.allowLoopback = allowLoopback;
        this.resolver = resolver;
    }

    /** A URL that may receive webhooks, and the checked address to connect to (never resolved again). */
    public record Target(URI uri, InetAddress address) {

        public boolean https() {
            return uri.getScheme().equalsIgnoreCase("https");
        }

        public int port() {
            return uri.getPort() >= 0 ? uri.getPort() : https() ? 443 : 80;
        }
    }

    /** Why {@code url} may not receive webhooks, or empty when it may. */
    public Optional<String> refusal(String url) {
        try {
            check(url);
            return Optional.empty();
        } catch (Refused refused) {
            return Optional.of(refused.getMessage());
        }
    }

    /**
     * The target to send to: every address the host resolves to is checked, and the connection goes to the first of
     * them, so a DNS answer that changes between the check and the connection (rebinding) cannot move it.
     *
     * @throws Refused with the reason when the URL may not receive webhooks
     */
    public Target check(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            throw new Refused("not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw new Refused("an absolute https:// URL is needed");
        }
        if (uri.getUserInfo() != null) {
            throw new Refused("credentials in the URL are not allowed; verify deliveries by their signature");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(uri.getHost());
        } catch (UnknownHostException e) {
            throw new Refused("the host " + uri.getHost() + " does not resolve");
        }
        if (addresses.length == 0) {
            throw new Refused("the host " + uri.getHost() + " does not resolve");
        }
        boolean allLoopback = true;
        for (InetAddress address : addresses) {
            boolean loopback = address.isLoopbackAddress();
            allLoopback &= loopback;
            if (loopback ? !allowLoopback : !isPublic(address)) {
                throw new Refused("the host " + uri.getHost() + " resolves to " + address.getHostAddress()
                        + ", a loopback, private or translated address; webhooks go to public endpoints only");
            }
        }
        if (scheme.equals("http") && !(allLoopback && allowLoopback)) {
            throw new Refused("webhooks are delivered over https only");
        }
        return new Target(uri, addresses[0]);
    }

    /** A URL that may not receive webhooks; the message says why. */
    public static final class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isAnyLocalAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 // "this network"
                    && !(first == 100 && second >= 64 && second <= 127) // shared address space (CGNAT)
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                    && first < 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            if (isTranslation(b)) {
                return false; // the IPv4 address it carries could be anything, a private one included
            }
            boolean uniqueLocal = (b[0] & 0xfe) == 0xfc; // fc00::/7
            boolean mappedV4 = isMappedV4(b);
            if (mappedV4) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException impossible) {
                    return false;
                }
            }
            return !uniqueLocal;
        }
        return false;
    }

    /**
     * IPv6 ranges that carry or reach an IPv4 address by translation or tunnelling: NAT64 (64:ff9b::/96 and the
     * local-use 64:ff9b:1::/48), 6to4 (2002::/16), Teredo (2001::/32), IPv4-compatible (::/96, deprecated), plus the
     * discard-only (100::/64) and documentation (2001:db8::/32) ranges, which no receiver has.
     */
    private static boolean isTranslation(byte[] b) {
        int first = (b[0] & 0xff) << 8 | b[1] & 0xff;
        int second = (b[2] & 0xff) << 8 | b[3] & 0xff;
        boolean nat64 = first == 0x0064 && second == 0xff9b; // 64:ff9b::/96 and 64:ff9b:1::/48
        boolean sixToFour = first == 0x2002;
        boolean teredo = first == 0x2001 && second == 0x0000;
        boolean documentation = first == 0x2001 && second == 0x0db8;
        boolean discard = first == 0x0100 && second == 0 && (b[4] | b[5] | b[6] | b[7]) == 0;
        boolean compatible = true; // ::/96, but not :: or ::1
        for (int i = 0; i < 12; i++) {
            compatible &= b[i] == 0;
        }
        return nat64 || sixToFour || teredo || documentation || discard || compatible;
    }

    private static boolean isMappedV4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }
}
