package io.deltashare.contracts.events;

/** Kafka topic names, {@code <service>.<aggregate>.v1}; every topic is keyed by aggregate id. */
public final class Topics {

    public static final String CATALOG_PROVIDERS = "instrument-catalog.provider.v1";
    public static final String CATALOG_INSTRUMENTS = "instrument-catalog.instrument.v1";
    public static final String CATALOG_SERVICE_OFFERS = "instrument-catalog.service-offer.v1";
    public static final String BOOKINGS = "booking.booking.v1";
    public static final String ORDERS = "booking.order.v1";
    public static final String RATINGS = "booking.rating.v1";
    public static final String VOUCHERS = "innovation-voucher.voucher.v1";
    public static final String LEDGER = "settlement.ledger.v1";
    public static final String ORGANIZATIONS = "membership.organization.v1";
    public static final String SUBSIDIES = "insight.subsidy.v1";

    private Topics() {}

    /** Where a consumer puts a message that keeps failing. */
    public static String deadLetter(String topic) {
        return topic + ".dlq";
    }
}
