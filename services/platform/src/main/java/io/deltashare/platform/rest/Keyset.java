package io.deltashare.platform.rest;

import java.util.Map;

/**
 * Keyset paging of a JPQL list ordered by a time field and then by id (newest first, or soonest first for what lies
 * ahead): the condition that continues after the last row of the previous page, and the order that goes with it.
 * Unlike an offset, a page costs the same however deep it is, and rows that arrive meanwhile neither repeat nor
 * vanish.
 */
public final class Keyset {

    private Keyset() {}

    /**
     * Appends to {@code where} the condition for the rows after {@code after} (none when it is null) in the order of
     * {@link #newestFirst}, with its parameters in {@code parameters}.
     */
    public static void after(Cursor after, String timeField, StringBuilder where, Map<String, Object> parameters) {
        continueAfter(after, timeField, "<", where, parameters);
    }

    /** The order a keyset page follows: newest first by {@code timeField}, then by id. */
    public static String newestFirst(String timeField) {
        return " order by " + timeField + " desc, id desc";
    }

    /** As {@link #after}, for the order of {@link #soonestFirst}. */
    public static void afterSoonest(
            Cursor after, String timeField, StringBuilder where, Map<String, Object> parameters) {
        continueAfter(after, timeField, ">", where, parameters);
    }

    /** Soonest first by {@code timeField}, then by id. */
    public static String soonestFirst(String timeField) {
        return " order by " + timeField + ", id";
    }

    private static void continueAfter(
            Cursor after, String timeField, String beyond, StringBuilder where, Map<String, Object> parameters) {
        if (after != null) {
            where.append(" and (")
                    .append(timeField)
                    .append(' ')
                    .append(beyond)
                    .append(" :afterAt or (")
                    .append(timeField)
                    .append(" = :afterAt and id ")
                    .append(beyond)
                    .append(" :afterId))");
            parameters.put("afterAt", after.at());
            parameters.put("afterId", after.id());
        }
    }
}
