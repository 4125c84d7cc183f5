package io.deltashare.settlement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The service's clock; statement and claim months are calendar months in Asia/Shanghai. */
@ApplicationScoped
public class Clocks {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
