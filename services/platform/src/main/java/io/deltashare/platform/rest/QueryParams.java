package io.deltashare.platform.rest;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.platform.decision.Rejected;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * Parses query parameters into types with a 400 problem naming the parameter when they do not fit (JAX-RS would
 * answer a failed conversion with a bare 404).
 */
public final class QueryParams {

    private static final Instant LAST_INSTANT = Instant.parse("9999-12-31T23:59:59Z");

    private QueryParams() {}

    public static Region region(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Region.ofCode(value);
        } catch (IllegalArgumentException e) {
            throw Rejected.invalid("region", e.getMessage());
        }
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Rejected.invalid(name, "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** An instant (ISO-8601, e.g. {@code 2026-12-01T01:00:00Z}) between 1970 and 9999, or null when absent. */
    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Instant instant = Instant.parse(value.trim());
            if (instant.isBefore(Instant.EPOCH) || instant.isAfter(LAST_INSTANT)) {
                throw Rejected.invalid(name, "must lie between 1970 and 9999");
            }
            return instant;
        } catch (DateTimeParseException e) {
            throw Rejected.invalid(name, "'" + value + "' is not an ISO-8601 instant such as 2026-12-01T01:00:00Z");
        }
    }

    /** A calendar year from 2000 to 2100: {@code defaultYear} when absent. */
    public static int year(String name, String value, int defaultYear) {
        if (value == null || value.isBlank()) {
            return defaultYear;
        }
        try {
            int year = Integer.parseInt(value.trim());
            if (year >= 2000 && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw Rejected.invalid(name, "must be a calendar year between 2000 and 2100");
    }

    /** A page size: {@code defaultSize} when absent, else a whole number from 1 to {@code max}. */
    public static int pageSize(String value, int defaultSize, int max) {
        if (value == null || value.isBlank()) {
            return defaultSize;
        }
        try {
            int size = Integer.parseInt(value.trim());
            if (size < 1 || size > max) {
                throw Rejected.invalid("limit", "must be between 1 and " + max);
            }
            return size;
        } catch (NumberFormatException e) {
            throw Rejected.invalid("limit", "must be a whole number between 1 and " + max);
        }
    }

    /** A repeated parameter of UUIDs, at most {@code max} of them; empty when absent. */
    public static java.util.Set<java.util.UUID> uuids(String name, List<String> values, int max) {
        if (values == null || values.isEmpty()) {
            return java.util.Set.of();
        }
        if (values.size() > max) {
            throw Rejected.invalid(name, "at most " + max + " values");
        }
        java.util.Set<java.util.UUID> ids = new java.util.LinkedHashSet<>();
        for (String value : values) {
            try {
                ids.add(java.util.UUID.fromString(value.trim()));
            } catch (IllegalArgumentException e) {
                throw Rejected.invalid(name, "'" + value + "' is not a UUID");
            }
        }
        return ids;
    }

    /** A UUID, or null when absent. */
    public static java.util.UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.util.UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw Rejected.invalid(name, "'" + value + "' is not a UUID");
        }
    }

    /** A text filter, trimmed; null when absent or blank. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
