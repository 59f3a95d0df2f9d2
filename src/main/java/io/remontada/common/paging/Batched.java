package io.remontada.common.paging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import io.remontada.common.Sql;

/**
 * Pages of a child list for many parents at once: clubs' matches, clubs' ties, clubs' comebacks.
 *
 * <p>A connection field on a list of parents would otherwise run one query per parent (N+1). Here
 * every parent's page comes from one LATERAL query (each parent's own ordered, limited window,
 * using the same indexes as a single page) and every parent's total from one more query.
 */
public final class Batched<E> {

    /**
     * What a batched child list is.
     *
     * @param childFrom the child table named {@code c}, as filters name it, e.g. "match c"
     * @param ofParent  the condition a row meets to be a child of the parent {@code p.id}, e.g. "(c.home_club_id = p.id OR ...)"
     * @param orderBy   the ORDER BY of the child list, matching {@code order}
     * @param parentsOf which of the requested parents a child row belongs to
     */
    public record Config<E>(Class<E> entity, String childFrom, String ofParent, String orderBy,
            Function<E, ? extends Collection<Long>> parentsOf, Comparator<E> order) {
    }

    private final EntityManager em;
    private final Config<E> config;

    public Batched(EntityManager em, Config<E> config) {
        this.em = em;
        this.config = config;
    }

    /** Each parent's rows, at most {@code page.fetchSize()}, in order; {@code filter} holds the list's filter and keyset. */
    public Map<Long, List<E>> rows(List<Long> parentIds, Sql filter, PageRequest page) {
        Sql sql = ofParents(filter, parentIds).bind("limit", page.fetchSize());
        List<E> rows = sql.list(em, parentSelect("x.*", "CROSS JOIN LATERAL (SELECT c.* FROM " + config.childFrom() + sql.whereClause()
                + " ORDER BY " + config.orderBy() + " LIMIT :limit) x"), config.entity());
        Set<Long> asked = new HashSet<>(parentIds);
        Map<Long, List<E>> byParent = new HashMap<>();
        for (E row : rows) {
            for (Long parent : config.parentsOf().apply(row)) {
                if (asked.contains(parent)) {
                    byParent.computeIfAbsent(parent, p -> new ArrayList<>()).add(row);
                }
            }
        }
        // a row shared by two parents (a match between two requested clubs) can arrive from the
        // other parent's window; re-sorting and trimming restores each parent's own window
        byParent.replaceAll((parent, list) -> list.stream().distinct().sorted(config.order()).limit(page.fetchSize()).toList());
        return byParent;
    }

    /** Each parent's total under the same filter, without the keyset. */
    public Map<Long, Long> totals(List<Long> parentIds, Sql filter) {
        Sql sql = ofParents(filter, parentIds);
        Map<Long, Long> totals = new HashMap<>();
        for (Object[] cells : sql.rows(em, parentSelect("p.id, (SELECT count(*) FROM " + config.childFrom() + sql.whereClause() + ")", ""))) {
            totals.put(((Number) cells[0]).longValue(), ((Number) cells[1]).longValue());
        }
        return totals;
    }

    private Sql ofParents(Sql filter, List<Long> parentIds) {
        return filter.where(config.ofParent()).bind("parents", parentIds.toArray(Long[]::new));
    }

    private static String parentSelect(String columns, String join) {
        return "SELECT " + columns + " FROM unnest(cast(:parents AS bigint[])) AS p(id) " + join;
    }
}
