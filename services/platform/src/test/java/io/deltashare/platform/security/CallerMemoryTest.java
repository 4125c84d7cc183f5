package io.deltashare.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class CallerMemoryTest {

    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");

    private final CallerMemory memory =
            new CallerMemory(new TokenMemory<>(100, Duration.ofMinutes(10), Clock.fixed(NOW, ZoneOffset.UTC)));
    private final AtomicInteger reads = new AtomicInteger();

    private Supplier<Caller> reading(String subject) {
        return () -> {
            reads.incrementAndGet();
            return new Caller(subject, Set.of(Roles.PARTNER), Map.of(), Optional.empty());
        };
    }

    @Test
    void aTokensClaimsAreReadOnceUntilItExpires() {
        JsonWebToken partner = token("partner-token", NOW.plusSeconds(300));

        Caller first = memory.of(partner, reading("partner"));
        Caller again = memory.of(partner, reading("someone else"));

        assertThat(again).isSameAs(first);
        assertThat(again.subject()).isEqualTo("partner");
        assertThat(reads).hasValue(1);
    }

    @Test
    void anotherTokenIsReadAfresh() {
        memory.of(token("partner-token", NOW.plusSeconds(300)), reading("partner"));

        Caller other = memory.of(token("partner-token-regranted", NOW.plusSeconds(300)), reading("regranted"));

        assertThat(other.subject()).isEqualTo("regranted");
        assertThat(reads).hasValue(2);
    }

    @Test
    void anExpiredTokenIsNeverRemembered() {
        JsonWebToken expired = token("old-token", NOW.minusSeconds(1));

        memory.of(expired, reading("old"));
        memory.of(expired, reading("old"));

        assertThat(reads).hasValue(2);
    }

    /** A verified token as the OIDC extension hands it over: its raw text and its expiry. */
    private static JsonWebToken token(String raw, Instant expires) {
        Map<String, Object> claims = Map.of(Claims.raw_token.name(), raw, Claims.exp.name(), expires.getEpochSecond());
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "caller";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                return (T) claims.get(name);
            }
        };
    }
}
