package io.deltashare.booking;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the booking service. */
@ConfigMapping(prefix = "booking")
public interface BookingConfig {

    /** Share of the fee, in percent, that a firm owes when it does not come to a confirmed slot. */
    @WithDefault("100")
    int noShowChargePercent();

    /** The most new bookings the writer commits in one transaction (see BookingWriter). */
    @WithDefault("64")
    int largestWriteGroup();

    /** Writer threads committing groups side by side: one fills its group while another waits for its commit. */
    @WithDefault("2")
    int writers();
}
