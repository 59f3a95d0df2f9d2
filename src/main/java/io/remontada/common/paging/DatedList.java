package io.remontada.common.paging;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import io.remontada.common.Sql;

/**
 * A list of rows in time order (a date column, then id) between two clubs: matches by the day
 * played, ties by the day settled. One page or every requested club's page (batched), with keyset
 * cursors on (date, id), and the totals. Filters name the table {@code c}.
 */
public final class DatedList<E> {

    private final Class<E> entity;
    private final String table;
    private final String dateColumn;
    private final Batched.Config<E> byClub;

    /**
     * @param clubColumns the two club columns of a row ("home_club_id", "away_club_id")
     * @param clubsOf     the two clubs of a row, for regrouping a batch by club
     * @param inOrder     the list's order in Java, matching (date, id)
     */
    public DatedList(Class<E> entity, String table, String dateColumn, List<String> clubColumns, Function<E, List<Long>> clubsOf,
            Comparator<E> inOrder) {
        this.entity = entity;
        this.table = table;
        this.dateColumn = dateColumn;
        this.byClub = new Batched.Config<>(entity, table + " c", "(c." + clubColumns.get(0) + " = p.id OR c." + clubColumns.get(1) + " = p.id)",
                order(), clubsOf::apply, inOrder);
    }

    public List<E> page(EntityManager em, Sql filter, PageRequest page) {
        Sql sql = keyset(filter, page).bind("limit", page.fetchSize());
        return sql.list(em, "SELECT c.* FROM " + table + " c" + sql.whereClause() + " ORDER BY " + order() + " LIMIT :limit", entity);
    }

    public long count(EntityManager em, Sql filter) {
        return filter.count(em, table + " c");
    }

    public Map<Long, List<E>> pageByClubs(EntityManager em, List<Long> clubIds, Sql filter, PageRequest page) {
        return new Batched<>(em, byClub).rows(clubIds, keyset(filter, page), page);
    }

    public Map<Long, Long> countByClubs(EntityManager em, List<Long> clubIds, Sql filter) {
        return new Batched<>(em, byClub).totals(clubIds, filter);
    }

    private String order() {
        return "c." + dateColumn + ", c.id";
    }

    private Sql keyset(Sql filter, PageRequest page) {
        return page.hasAfter()
                ? filter.where("(c." + dateColumn + ", c.id) > (:afterDate, :afterId)").bind("afterDate", page.afterDate(0)).bind("afterId", page.afterLong(1))
                : filter;
    }
}
