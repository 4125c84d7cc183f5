package io.deltashare.platform.security;

import io.deltashare.platform.PlatformConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.function.Supplier;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The {@link Caller} each verified token stands for, read from its claims once and kept until the token expires. A
 * partner's grants and a member's organizations are JSON inside the token, and reading them again on each request was
 * a twentieth of booking's CPU for a partner with ten firms. A token is immutable, so what it says cannot change while
 * it is remembered; a new token (new grants, another organization) is a new key.
 */
@ApplicationScoped
class CallerMemory {

    private final TokenMemory<Caller> callers;

    /**
     * On the platform's clock. Moving it (a test, a simulation) only changes how long a caller is kept: the caller is
     * asked for only after OIDC verified the token on this request, so the memory never lets an expired token in.
     */
    @Inject
    CallerMemory(PlatformConfig config, Clock clock) {
        this(new TokenMemory<>(
                config.security().tokenMemorySize(), config.security().tokenMemoryTtl(), clock));
    }

    CallerMemory(TokenMemory<Caller> callers) {
        this.callers = callers;
    }

    /** The caller of the verified {@code token}, as {@code read} makes it the first time. */
    Caller of(JsonWebToken token, Supplier<Caller> read) {
        String raw = token.getRawToken();
        return callers.lookup(raw).orElseGet(() -> {
            Caller caller = read.get();
            callers.remember(raw, token.getExpirationTime(), caller);
            return caller;
        });
    }
}
