package io.remontada.club;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.remontada.common.DetachedEntity;
import io.remontada.common.Sql;
import io.remontada.common.paging.NameOrderedList;
import io.remontada.common.paging.PageRequest;

@ApplicationScoped
public class ClubRepository implements PanacheRepositoryBase<ClubEntity, Long> {

    private static final NameOrderedList<ClubEntity> BY_NAME = new NameOrderedList<>(ClubEntity.class, "club");

    /**
     * A name of a club matches a search key when it contains the key, when one of its words comes close to the key
     * ({@code <%}, pg_trgm's word similarity of at least {@code pg_trgm.word_similarity_threshold}, 0.6), or when the
     * whole name does ({@code %}, similarity of at least {@code pg_trgm.similarity_threshold}, 0.3). The trigram index
     * of V3 serves all three.
     */
    private static final String NAME_MATCHES = "(a.name_key LIKE :pattern OR :key <% a.name_key OR a.name_key % :key)";

    /** A club found by a search, and how close its closest name came, in millionths: the search's sort key. */
    public record Ranked(ClubEntity club, int closeness) {
    }

    private final ClubAliasRepository aliases;

    ClubRepository(ClubAliasRepository aliases) {
        this.aliases = aliases;
    }

    /** Every club known by this name key (of this country, when given), by name. */
    public List<ClubEntity> byNameKey(String key, String country) {
        Sql sql = ofCountry(country).where("c.id IN (SELECT a.club_id FROM club_alias a WHERE a.name_key = :key)").bind("key", key);
        return sql.list(getEntityManager(), "SELECT c.* FROM club c" + sql.whereClause() + " ORDER BY c.name, c.id", ClubEntity.class);
    }

    /** Every club (of this country, when given), by name. */
    public List<ClubEntity> all(String country, PageRequest page) {
        return BY_NAME.page(getEntityManager(), ofCountry(country), page);
    }

    public long countAll(String country) {
        return BY_NAME.count(getEntityManager(), ofCountry(country));
    }

    /**
     * The clubs a name of which matches the search key, closest first, in one statement. A club is as close as its
     * closest name: the mean of word similarity (a typo inside one word of a long name, "Barcelonna" in "FC
     * Barcelona") and whole-name similarity (which puts "Inter" before "Inter Turku"). Closeness is an integer so
     * that a cursor carries it exactly; ties go by id.
     */
    public List<Ranked> closest(String key, String country, PageRequest page) {
        Sql sql = matching(key, country).bind("limit", page.fetchSize());
        if (page.hasAfter()) {
            sql = sql.where("(r.closeness < :afterCloseness OR (r.closeness = :afterCloseness AND c.id > :afterId))")
                    .bind("afterCloseness", page.afterLong(0)).bind("afterId", page.afterLong(1));
        }
        return sql.read(getEntityManager(), """
                SELECT c.*, r.closeness FROM (
                    SELECT a.club_id, cast(round(1000000 * max((word_similarity(:key, a.name_key) + similarity(:key, a.name_key)) / 2)) AS integer) AS closeness
                    FROM club_alias a WHERE""" + " " + NAME_MATCHES + " " + """
                    GROUP BY a.club_id) r
                JOIN club c ON c.id = r.club_id""" + sql.whereClause() + " ORDER BY r.closeness DESC, c.id LIMIT :limit", rows -> {
            DetachedEntity.Reader<ClubEntity> club = DetachedEntity.of(ClubEntity.class).reader(rows);
            List<Ranked> ranked = new ArrayList<>();
            while (rows.next()) {
                ranked.add(new Ranked(club.read(), rows.getInt("closeness")));
            }
            return ranked;
        });
    }

    public long countClosest(String key, String country) {
        return matching(key, country).where("c.id IN (SELECT a.club_id FROM club_alias a WHERE " + NAME_MATCHES + ")")
                .count(getEntityManager(), "club c");
    }

    /** The search key as {@code :key} and {@code :pattern}, which {@link #NAME_MATCHES} names, and the country when given. */
    private static Sql matching(String key, String country) {
        return ofCountry(country).bind("key", key).bind("pattern", "%" + key + "%");
    }

    private static Sql ofCountry(String country) {
        return new Sql().where("c.country = :country", "country", country);
    }

    public Map<Long, List<String>> aliases(Collection<Long> clubIds) {
        return aliases.list("clubId in ?1 order by clubId, alias", clubIds).stream()
                .collect(Collectors.groupingBy(a -> a.clubId, Collectors.mapping(a -> a.alias, Collectors.toList())));
    }
}
