package io.deltashare.settlement.reconciliation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Where the cross-service reconciliation reads the other services' facts, and its limits. */
@ConfigMapping(prefix = "settlement.reconciliation")
public interface ReconciliationConfig {

    /** Booking's own address (not the gateway's): the reconciliation reads all bookings of a period there. */
    @WithDefault("http://localhost:8082")
    String bookingUrl();

    /** Innovation-voucher's own address, for the holds of those bookings. */
    @WithDefault("http://localhost:8083")
    String voucherUrl();

    /** The longest a service may take to answer one page. */
    @WithDefault("PT20S")
    Duration timeout();

    /** A booking waiting for its voucher's answer longer than this is stuck (booking gives up after 10 minutes). */
    @WithDefault("PT15M")
    Duration sagaLimit();

    /** The longest period one check may cover. */
    @WithDefault("P92D")
    Duration longestPeriod();
}
