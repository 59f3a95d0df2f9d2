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
import io.remontada.common.Positional;
import io.remontada.common.error.BadUserInputException;
import io.remontada.common.paging.Page;
import io.remontada.common.paging.PageRequest;

/** Clubs by id, by any of their names, and in bulk for batched fields. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class ClubService {

    private static final Pattern NAME_WITH_COUNTRY = Pattern.compile("(.+?)\\s*\\(([A-Za-z]{3})\\)\\s*");

    private final ClubRepository clubs;

    ClubService(ClubRepository clubs) {
        this.clubs = clubs;
    }

    public Optional<Club> byId(long id) {
        return clubs.findByIdOptional(id).map(Club::of);
    }

    /** By any name; a trailing country code, as the match files write it ("Liverpool FC (ENG)"), narrows to that country. */
    public Optional<Club> byName(String name) {
        Matcher withCountry = NAME_WITH_COUNTRY.matcher(name);
        String country = withCountry.matches() ? withCountry.group(2).toUpperCase(Locale.ROOT) : null;
        String key = NameKey.of(withCountry.matches() ? withCountry.group(1) : name);
        if (key.isEmpty()) {
            throw new BadUserInputException("name must contain a letter or a digit");
        }
        return clubs.byNameKey(key, country).map(Club::of);
    }

    /** The clubs of these ids, in the same positions (null where an id is null). */
    public List<Club> positional(List<Long> ids) {
        return Positional.resolve(ids, clubs::byIds, Club::of);
    }

    public ClubConnection search(String search, String country, Integer first, String after) {
        PageRequest page = PageRequest.of("clubs", first, after, 2);
        String key = search == null || search.isBlank() ? null : NameKey.of(search);
        String countryCode = country == null || country.isBlank() ? null : country.trim().toUpperCase(Locale.ROOT);
        List<Club> rows = clubs.search(key, countryCode, page).stream().map(Club::of).toList();
        return new Page<>(rows, page, clubs.count(key, countryCode), c -> List.of(c.name(), c.id()))
                .toConnection(ClubConnection.ClubEdge::new, ClubConnection::new);
    }

    public List<List<String>> aliases(List<Club> sources) {
        Map<Long, List<String>> byClub = clubs.aliases(sources.stream().map(Club::id).distinct().toList());
        return sources.stream().map(c -> byClub.getOrDefault(c.id(), List.of())).toList();
    }
}
