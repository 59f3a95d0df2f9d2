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
     * @param childFrom "table c WHERE condition on p.id", e.g. "match c WHERE (c.home_club_id = p.id OR ...)";
     *                  filters name the child table {@code c}
     * @param orderBy   the ORDER BY of the child list, matching {@code order}
     * @param parentsOf which of the requested parents a child row belongs to
     */
    public record Config<E>(Class<E> entity, String childFrom, String orderBy, Function<E, ? extends Collection<Long>> parentsOf,
            Comparator<E> order) {
    }

    private final EntityManager em;
    private final Config<E> config;

    public Batched(EntityManager em, Config<E> config) {
        this.em = em;
        this.config = config;
    }

    /** Each parent's rows, at most {@code page.fetchSize()}, in order; {@code filter} holds the list's filter and keyset. */
    @SuppressWarnings("unchecked")
    public Map<Long, List<E>> rows(List<Long> parentIds, Sql filter, PageRequest page) {
        String select = parentSelect("x.*", "CROSS JOIN LATERAL (SELECT c.* FROM " + config.childFrom() + filter.and()
                + " ORDER BY " + config.orderBy() + " LIMIT :limit) x");
        List<E> rows = filter.bind("parents", parentIds.toArray(Long[]::new)).bind("limit", page.fetchSize()).query(em, select, config.entity()).getResultList();
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
        String select = parentSelect("p.id, (SELECT count(*) FROM " + config.childFrom() + filter.and() + ")", "");
        Map<Long, Long> totals = new HashMap<>();
        for (Object row : filter.bind("parents", parentIds.toArray(Long[]::new)).query(em, select).getResultList()) {
            Object[] cells = (Object[]) row;
            totals.put(((Number) cells[0]).longValue(), ((Number) cells[1]).longValue());
        }
        return totals;
    }

    private static String parentSelect(String columns, String join) {
        return "SELECT " + columns + " FROM unnest(cast(:parents AS bigint[])) AS p(id) " + join;
    }
}
