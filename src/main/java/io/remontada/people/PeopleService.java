package io.remontada.people;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.remontada.common.Ids;
import io.remontada.common.NameKey;
import io.remontada.common.Positional;
import io.remontada.common.Sql;
import io.remontada.common.error.BadUserInputException;
import io.remontada.common.paging.Page;
import io.remontada.common.paging.PageRequest;
import io.remontada.people.Connections.PersonConnection;
import io.remontada.people.Connections.PersonEdge;
import io.remontada.people.Connections.QuoteConnection;
import io.remontada.people.Connections.QuoteEdge;

/** People of the record: managers with their spells, speakers with their quotes. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class PeopleService {

    private final PersonRepository people;
    private final ManagerSpellRepository spells;
    private final QuoteRepository quotes;

    PeopleService(PersonRepository people, ManagerSpellRepository spells, QuoteRepository quotes) {
        this.people = people;
        this.spells = spells;
        this.quotes = quotes;
    }

    public Optional<Person> byId(long id) {
        return people.findByIdOptional(id).map(Person::of);
    }

    public Optional<Person> byName(String name) {
        String key = NameKey.of(name);
        if (key.isEmpty()) {
            throw new BadUserInputException("name must contain a letter or a digit");
        }
        return people.byNameKey(key).map(Person::of);
    }

    public List<Person> positional(List<Long> ids) {
        return Positional.resolve(ids, people::byIds, Person::of);
    }

    public PersonConnection managers(String search, Integer first, String after, boolean counted) {
        PageRequest page = PageRequest.of("managers", first, after, 2, counted);
        String key = search == null || search.isBlank() ? null : NameKey.of(search);
        List<Person> rows = people.managers(key, page).stream().map(Person::of).toList();
        return new Page<>(rows, page, () -> people.countManagers(key), p -> List.of(p.name(), p.id()))
                .toConnection(PersonEdge::new, PersonConnection::new);
    }

    public QuoteConnection quotes(QuoteFilter filter, Integer first, String after, boolean counted) {
        PageRequest page = PageRequest.of("quotes", first, after, 1, counted);
        Sql sql = quoteSql(filter);
        List<Quote> rows = quotes.page(sql, page).stream().map(Quote::of).toList();
        return new Page<>(rows, page, () -> quotes.count(sql), q -> List.of(q.id()))
                .toConnection(QuoteEdge::new, QuoteConnection::new);
    }

    private static Sql quoteSql(QuoteFilter f) {
        if (f == null) {
            return new Sql();
        }
        String search = f.search() == null || f.search().isBlank() ? null : f.search().trim();
        return new Sql()
                .where("c.person_id = :speaker", "speaker", Ids.parse("speaker", f.speaker()))
                .where("c.club_id = :club", "club", Ids.parse("club", f.club()))
                .where("c.tie_id = :tie", "tie", Ids.parse("tie", f.tie()))
                .where("c.match_id = :match", "match", Ids.parse("match", f.match()))
                .where("strpos(lower(c.text), lower(:search)) > 0", "search", search);
    }

    public List<List<ManagerSpell>> spellsOfPeople(List<Person> sources) {
        return group(sources, Person::id, spells.ofPeople(ids(sources, Person::id)), s -> s.personId, ManagerSpell::of);
    }

    public List<List<ManagerSpell>> spellsAtClubs(List<Long> clubIds) {
        return group(clubIds, Function.identity(), spells.atClubs(clubIds.stream().distinct().toList()), s -> s.clubId, ManagerSpell::of);
    }

    public List<List<Quote>> quotesOf(List<Person> sources) {
        return group(sources, Person::id, quotes.ofPeople(ids(sources, Person::id)), q -> q.personId, Quote::of);
    }

    /** Spells of a manager, raw, for attributing matches to the manager of the day. */
    public List<ManagerSpellEntity> spellsOf(long personId) {
        return spells.ofPeople(List.of(personId));
    }

    private static <S> List<Long> ids(List<S> sources, Function<S, Long> id) {
        return sources.stream().map(id).distinct().toList();
    }

    private static <S, E, V> List<List<V>> group(List<S> sources, Function<S, Long> sourceId, List<E> rows, Function<E, Long> parent,
            Function<E, V> view) {
        Map<Long, List<V>> byParent = rows.stream().collect(Collectors.groupingBy(parent, Collectors.mapping(view, Collectors.toList())));
        return sources.stream().map(s -> byParent.getOrDefault(sourceId.apply(s), List.of())).toList();
    }
}
