package io.deltashare.gateway.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class WebhookTargetsTest {

    /** Resolves literal addresses only, and one made-up name to a private address (DNS pointing inwards). */
    private static InetAddress[] resolve(String host) throws UnknownHostException {
        if (host.equals("inward.example")) {
            return new InetAddress[] {InetAddress.getByName("10.1.2.3")};
        }
        if (host.equals("portal.example")) {
            return new InetAddress[] {InetAddress.getByName("203.0.113.7")};
        }
        if (host.matches("[0-9.]+|\\[[0-9a-fA-F:.]+\\]")) {
            return new InetAddress[] {InetAddress.getByName(host)};
        }
        throw new UnknownHostException(host);
    }

    private final WebhookTargets production = new WebhookTargets(false, WebhookTargetsTest::resolve);
    private final WebhookTargets tests = new WebhookTargets(true, WebhookTargetsTest::resolve);

    @Test
    void publicHttpsIsAccepted() {
        assertThat(production.refusal("https://portal.example/hooks/deltashare"))
                .isEmpty();
        assertThat(production.refusal("https://8.8.8.8/hook")).isEmpty();
        assertThat(production.refusal("https://[2001:4860:4860::8888]/hook")).isEmpty();
    }

    @Test
    void privateLoopbackAndOddAddressesAreRefused() {
        for (String url : new String[] {
            "https://127.0.0.1/h",
            "https://10.0.0.1/h",
            "https://172.31.255.1/h",
            "https://192.168.0.1/h",
            "https://169.254.169.254/h",
            "https://100.100.0.1/h",
            "https://0.0.0.0/h",
            "https://224.0.0.1/h",
            "https://255.255.255.255/h",
            "https://[::1]/h",
            "https://[fe80::1]/h",
            "https://[fd12::1]/h",
            "https://[::ffff:10.0.0.1]/h",
            "https://inward.example/h"
        }) {
            assertThat(production.refusal(url))
                    .as(url)
                    .hasValueSatisfying(why -> assertThat(why).contains("private"));
        }
    }

    @Test
    void schemeHostAndCredentialsAreChecked() {
        assertThat(production.refusal("http://portal.example/h"))
                .hasValueSatisfying(w -> assertThat(w).contains("https"));
        assertThat(production.refusal("ftp://portal.example/h")).isPresent();
        assertThat(production.refusal("/relative")).isPresent();
        assertThat(production.refusal("https://nowhere.invalid/h"))
                .hasValueSatisfying(w -> assertThat(w).contains("resolve"));
        assertThat(production.refusal("https://a:b@portal.example/h")).isPresent();
        assertThat(production.refusal("not a url")).isPresent();
        assertThat(production.refusal(null)).isPresent();
    }

    @Test
    void theTestProfileLetsLoopbackThroughButNothingElsePrivate() {
        assertThat(tests.refusal("http://127.0.0.1:8099/hook")).isEmpty();
        assertThat(tests.refusal("https://[::1]/hook")).isEmpty();
        assertThat(tests.refusal("http://10.0.0.1/hook")).isPresent();
        assertThat(tests.refusal("http://portal.example/hook"))
                .hasValueSatisfying(w -> assertThat(w).contains("https"));
    }

    @Test
    void ipv6RangesThatTranslateToIpv4AreRefusedWhateverAddressTheyCarry() {
        for (String url : new String[] {
            "https://[64:ff9b::a00:1]/h",
            "https://[64:ff9b::808:808]/h",
            "https://[64:ff9b:1::a00:1]/h",
            "https://[2002:a00:1::1]/h",
            "https://[2001:0:4136:e378::1]/h",
            "https://[::a00:1]/h",
            "https://[2001:db8::1]/h",
            "https://[100::1]/h"
        }) {
            assertThat(production.refusal(url))
                    .as(url)
                    .hasValueSatisfying(why -> assertThat(why).contains("translated"));
        }
    }

    @Test
    void theCheckedAddressIsTheOneToConnectToSoALaterDnsAnswerCannotMoveIt() throws Exception {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        WebhookTargets rebinding = new WebhookTargets(
                false,
                host -> asked.getAndIncrement() == 0
                        ? new InetAddress[] {InetAddress.getByName("203.0.113.7")}
                        : new InetAddress[] {InetAddress.getByName("10.0.0.7")});

        WebhookTargets.Target target = rebinding.check("https://portal.example:8443/hook?x=1");

        assertThat(target.address().getHostAddress()).isEqualTo("203.0.113.7");
        assertThat(target.port()).isEqualTo(8443);
        assertThat(target.https()).isTrue();
        assertThat(asked).hasValue(1);
        assertThat(rebinding.refusal("https://portal.example/hook"))
                .as("asked again: now private")
                .isPresent();
    }
}
