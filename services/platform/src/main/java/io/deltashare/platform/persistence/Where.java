package io.deltashare.platform.persistence;

import io.deltashare.platform.rest.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one way a list query is put together: a JPQL condition from optional filters (a filter whose value is absent
 * adds nothing), and keyset paging over it, ordered by a time field and then by id. Unlike an offset, a keyset page
 * costs the same however deep it is, and rows that arrive meanwhile neither repeat nor vanish.
 *
 * <pre>{@code
 * Where.all().and("status = :status", "status", status).and("id in :ids", "ids", ids)
 *         .newestFirst(repository, "createdAt", after, limit);
 * }</pre>
 */
public final class Where {

    private final StringBuilder condition;
    private final Map<String, Object> parameters = new HashMap<>();

    private Where(String condition) {
        this.condition = new StringBuilder(condition);
    }

    /** Every row, until filters narrow it. */
    public static Where all() {
        return new Where("1 = 1");
    }

    /** Rows that meet {@code condition}, whose one parameter {@code parameter} is {@code value}. */
    public static Where where(String condition, String parameter, Object value) {
        Where where = new Where(condition);
        where.parameters.put(parameter, value);
        return where;
    }

    /** Rows that meet at least one of {@code alternatives}, whose parameters have names of their own. */
    public static Where anyOf(List<Where> alternatives) {
        StringBuilder any = new StringBuilder("(");
        for (int i = 0; i < alternatives.size(); i++) {
            any.append(i == 0 ? "(" : " or (")
                    .append(alternatives.get(i).condition)
                    .append(')');
        }
        Where where = new Where(any.append(')').toString());
        alternatives.forEach(alternative -> where.parameters.putAll(alternative.parameters));
        return where;
    }

    /** Narrows to {@code condition} when {@code value} is present: not null, and not an empty collection. */
    public Where and(String condition, String parameter, Object value) {
        if (value == null || value instanceof Collection<?> values && values.isEmpty()) {
            return this;
        }
        this.condition.append(" and (").append(condition).append(')');
        parameters.put(parameter, value);
        return this;
    }

    /** Narrows to {@code condition}, which needs no parameter or names ones already given. */
    public Where and(String condition) {
        this.condition.append(" and (").append(condition).append(')');
        return this;
    }

    /** Up to {@code limit} rows after {@code after} (the first page when null), newest first by {@code timeField}. */
    public <E> List<E> newestFirst(PanacheRepositoryBase<E, ?> repository, String timeField, Cursor after, int limit) {
        return page(repository, timeField, after, limit, "<", " desc");
    }

    /** Up to {@code limit} rows after {@code after}, soonest first by {@code timeField}: for what lies ahead. */
    public <E> List<E> soonestFirst(PanacheRepositoryBase<E, ?> repository, String timeField, Cursor after, int limit) {
        return page(repository, timeField, after, limit, ">", "");
    }

    /** Up to {@code limit} rows with an id beyond {@code after} (from the first when null), in id order. */
    public <E> List<E> byId(PanacheRepositoryBase<E, ?> repository, java.util.UUID after, int limit) {
        StringBuilder query = new StringBuilder(condition);
        Map<String, Object> values = new HashMap<>(parameters);
        if (after != null) {
            query.append(" and id > :afterId");
            values.put("afterId", after);
        }
        return repository
                .find(query.append(" order by id").toString(), values)
                .page(0, limit)
                .list();
    }

    /** Every row, in no particular order; for lists that are bounded by their filters. */
    public <E> List<E> list(PanacheRepositoryBase<E, ?> repository) {
        return repository.list(condition.toString(), parameters);
    }

    /** The condition as JPQL, for a query that is not a page (a count, an update). */
    public String jpql() {
        return condition.toString();
    }

    public Map<String, Object> parameters() {
        return Map.copyOf(parameters);
    }

    private <E> List<E> page(
            PanacheRepositoryBase<E, ?> repository,
            String timeField,
            Cursor after,
            int limit,
            String beyond,
            String direction) {
        StringBuilder query = new StringBuilder(condition);
        Map<String, Object> values = new HashMap<>(parameters);
        if (after != null) {
            query.append(" and (")
                    .append(timeField)
                    .append(' ')
                    .append(beyond)
                    .append(" :afterAt or (")
                    .append(timeField)
                    .append(" = :afterAt and id ")
                    .append(beyond)
                    .append(" :afterId))");
            values.put("afterAt", after.at());
            values.put("afterId", after.id());
        }
        query.append(" order by ")
                .append(timeField)
                .append(direction)
                .append(", id")
                .append(direction);
        return repository.find(query.toString(), values).page(0, limit).list();
    }
}
