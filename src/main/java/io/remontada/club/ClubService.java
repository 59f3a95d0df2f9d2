package io.remontada.club;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.remontada.common.NameKey;
import io.remontada.common.error.AmbiguousNameException;
import io.remontada.common.error.BadUserInputException;
import io.remontada.common.paging.Page;
import io.remontada.common.paging.PageRequest;

/** Clubs by id, by any of their names, and in bulk for batched fields. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class ClubService {

    private static final Pattern NAME_WITH_COUNTRY = Pattern.compile("(.+?)\\s*\\(([A-Za-z]{3})\\)\\s*");

    private final ClubRepository clubs;
    private final ClubCatalog catalog;

    ClubService(ClubRepository clubs, ClubCatalog catalog) {
        this.clubs = clubs;
        this.catalog = catalog;
    }

    public Optional<Club> byId(long id) {
        return catalog.find(id);
    }

    /**
     * By any name; a trailing country code, as the match files write it ("Liverpool FC (ENG)"), narrows to that
     * country. A name that fits more than one club is refused with all of them as candidates, never answered with
     * one of them.
     */
    public Optional<Club> byName(String name) {
        Matcher withCountry = NAME_WITH_COUNTRY.matcher(name);
        String country = withCountry.matches() ? withCountry.group(2).toUpperCase(Locale.ROOT) : null;
        String plainName = withCountry.matches() ? withCountry.group(1) : name;
        String key = NameKey.of(plainName);
        if (key.isEmpty()) {
            throw new BadUserInputException("name must contain a letter or a digit");
        }
        List<ClubEntity> found = clubs.byNameKey(key, country);
        if (found.size() > 1) {
            throw ambiguous(name, plainName, found);
        }
        return found.stream().findFirst().map(Club::of);
    }

    private static AmbiguousNameException ambiguous(String name, String plainName, List<ClubEntity> found) {
        List<String> countries = found.stream().map(c -> c.country).toList();
        String narrow = countries.stream().distinct().count() == found.size() && !countries.contains(null)
                ? "ask by id, or add the country as in \"" + plainName + " (" + found.get(0).country + ")\""
                : "ask by id";
        return new AmbiguousNameException("\"" + name + "\" is a name of " + found.size() + " clubs: " + narrow
                + "; extensions.candidates lists them",
                found.stream().map(c -> new AmbiguousNameException.Candidate(Long.toString(c.id), c.name, c.country)).toList());
    }

    /**
     * Clubs by name, or, with a search, the clubs one of whose names comes close to it, closest first: a typo
     * ("Liverpol") still finds its club. Each order has its own cursors, (name, id) and (closeness, id).
     */
    public ClubConnection search(String search, String country, Integer first, String after, boolean counted) {
        String key = search == null ? "" : NameKey.of(search);
        String countryCode = country == null || country.isBlank() ? null : country.trim().toUpperCase(Locale.ROOT);
        if (key.isEmpty()) {
            PageRequest page = PageRequest.of("clubs", first, after, 2, counted);
            List<Club> rows = clubs.all(countryCode, page).stream().map(Club::of).toList();
            return new Page<>(rows, page, () -> clubs.countAll(countryCode), c -> List.of(c.name(), c.id()))
                    .toConnection(ClubConnection.ClubEdge::new, ClubConnection::new);
        }
        PageRequest page = PageRequest.of("clubs-search", first, after, 2, counted);
        List<ClubRepository.Ranked> rows = clubs.closest(key, countryCode, page);
        return new Page<>(rows, page, () -> clubs.countClosest(key, countryCode), r -> List.of(r.closeness(), r.club().id))
                .toConnection((r, cursor) -> new ClubConnection.ClubEdge(Club.of(r.club()), cursor), ClubConnection::new);
    }

    public List<List<String>> aliases(List<Club> sources) {
        Map<Long, List<String>> byClub = clubs.aliases(sources.stream().map(Club::id).distinct().toList());
        return sources.stream().map(c -> byClub.getOrDefault(c.id(), List.of())).toList();
    }
}
