package io.deltashare.platform.rest;

import java.util.Map;

/**
 * Keyset paging of a JPQL list ordered newest first by a time field and then by id: the condition that continues
 * after the last row of the previous page, and the order that goes with it. Unlike an offset, a page costs the same
 * however deep it is, and rows that arrive meanwhile neither repeat nor vanish.
 */
public final class Keyset {

    private Keyset() {
    }

    /**
     * Appends to {@code where} the condition for the rows after {@code after} (none when it is null) in the order of
     * {@link #newestFirst}, with its parameters in {@code parameters}.
     */
    public static void after(Cursor after, String timeField, StringBuilder where, Map<String, Object> parameters) {
        if (after != null) {
            where.append(" and (").append(timeField).append(" < :afterAt or (").append(timeField)
                    .append(" = :afterAt and id < :afterId))");
            parameters.put("afterAt", after.at());
            parameters.put("afterId", after.id());
        }
    }

    /** The order a keyset page follows: newest first by {@code timeField}, then by id. */
    public static String newestFirst(String timeField) {
        return " order by " + timeField + " desc, id desc";
    }
}
