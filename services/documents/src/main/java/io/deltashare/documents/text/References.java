package io.deltashare.documents.text;

import java.util.UUID;

/**
 * How documents refer to a booking or an order: its kind in both languages and the first eight characters of its id,
 * as the web portal shows them ({@code 预约 Booking 3f2a9c1e}).
 */
public final class References {

    private References() {}

    public static String booking(UUID id) {
        return "预约 Booking " + shortId(id);
    }

    public static String order(UUID id) {
        return "订单 Order " + shortId(id);
    }

    private static String shortId(UUID id) {
        return id.toString().substring(0, 8);
    }
}
