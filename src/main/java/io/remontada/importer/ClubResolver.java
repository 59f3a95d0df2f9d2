package io.remontada.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.remontada.common.NameKey;
import io.remontada.importer.format.RegisterClub;
import io.remontada.importer.format.SourceClub;
import io.remontada.importer.format.SourceFormatException;
import io.remontada.importer.format.SourceLocation;

/**
 * Turns the names sources write ("Liverpool", "Liverpool FC (ENG)", "Bayern Munich") into one
 * identity per real club, by rules that never guess:
 * <ol>
 * <li>a reviewed mapping row for the name and country (historic names, exonyms, false friends);</li>
 * <li>a reviewed "new club" row, for names the register wrongly gives to another club;</li>
 * <li>the register's name or alias in that country, compared by {@link NameKey};</li>
 * <li>otherwise the club is one the register lacks, known by its own name from then on.</li>
 * </ol>
 * A name that the register gives to two clubs of one country is refused until a mapping row
 * settles it: two clubs silently merged would corrupt every record of both.
 */
public final class ClubResolver {

    /** A reviewed row of {@code club-names.tsv}: this source name in this country is that register club. */
    public record Mapping(String sourceName, String country, String registerName, SourceLocation location) {
    }

    private static final java.util.regex.Pattern LIFESPAN = java.util.regex.Pattern.compile("\\s*\\((\\d{4})?-(\\d{4})?\\)$");

    private final Map<String, List<RegisterClub>> registerByCountryKey = new HashMap<>();
    private final Map<String, List<RegisterClub>> registerByMainKey = new HashMap<>();
    private final Map<String, Mapping> mappings = new HashMap<>();
    private final Set<String> forcedNew;
    private final Map<String, ClubIdentity> identities = new LinkedHashMap<>();

    /**
     * @param forcedNew "country|name key" of source names that are clubs of their own, whatever the register says
     */
    public ClubResolver(List<RegisterClub> register, List<Mapping> mappingRows, Set<String> forcedNew) {
        for (RegisterClub club : register) {
            registerByMainKey.computeIfAbsent(NameKey.of(club.name()), k -> new ArrayList<>()).add(club);
            Set<String> keys = new java.util.HashSet<>();
            keys.add(NameKey.of(club.name()));
            club.aliases().forEach(alias -> keys.add(NameKey.of(alias)));
            keys.forEach(key -> registerByCountryKey.computeIfAbsent(countryKey(club.country(), key), k -> new ArrayList<>()).add(club));
        }
        for (Mapping row : mappingRows) {
            mappings.put(countryKey(row.country(), NameKey.of(row.sourceName())), row);
        }
        this.forcedNew = forcedNew;
    }

    /** The identity of the club a source names at {@code where}; remembers the name as one of its aliases. */
    public ClubIdentity resolve(SourceClub club, SourceLocation where) {
        if (club.country() == null) {
            throw new SourceFormatException(where, "club '" + club.name() + "' has no country code, so it cannot be told from namesakes");
        }
        String key = NameKey.of(club.name());
        String countryKey = countryKey(club.country(), key);
        ClubIdentity identity;
        Mapping mapping = mappings.get(countryKey);
        if (mapping != null) {
            identity = register(mappedClub(mapping));
        } else if (forcedNew.contains(countryKey)) {
            identity = ownClub(club, key);
        } else {
            List<RegisterClub> candidates = registerByCountryKey.getOrDefault(countryKey, List.of());
            if (candidates.size() > 1) {
                throw new SourceFormatException(where, "club '" + club.name() + "' (" + club.country() + ") is a name of "
                        + candidates.stream().map(RegisterClub::name).collect(Collectors.joining(" and "))
                        + " in the club register: add a reviewed row to data/clubs/club-names.tsv");
            }
            identity = candidates.isEmpty() ? ownClub(club, key) : register(candidates.get(0));
        }
        identity.names().add(club.name());
        return identity;
    }

    /** Every club resolved so far, in the order first met. */
    public List<ClubIdentity> identities() {
        return List.copyOf(identities.values());
    }

    private RegisterClub mappedClub(Mapping mapping) {
        // a mapping may cross a border (AS Monaco, written FRA, is in Monaco's register file):
        // the row's own country first, then the one register club of that name anywhere
        // the register parser drops a defunct club's lifespan, "(1921-2009)", from its name
        String registerKey = NameKey.of(LIFESPAN.matcher(mapping.registerName()).replaceAll(""));
        List<RegisterClub> sameCountry = registerByMainKey.getOrDefault(registerKey, List.of()).stream()
                .filter(c -> c.country().equals(mapping.country())).toList();
        List<RegisterClub> found = sameCountry.isEmpty() ? registerByMainKey.getOrDefault(registerKey, List.of()) : sameCountry;
        if (found.size() != 1) {
            throw new SourceFormatException(mapping.location(), "mapping names register club '" + mapping.registerName() + "', which the register has "
                    + (found.isEmpty() ? "not" : found.size() + " times"));
        }
        return found.get(0);
    }

    private ClubIdentity register(RegisterClub club) {
        String identity = "R:" + club.country() + ":" + NameKey.of(club.name());
        return identities.computeIfAbsent(identity, id -> {
            ClubIdentity created = ClubIdentity.of(id, club.name(), club.country(), club.founded(), club.stadium(), club.city());
            created.names().addAll(club.aliases());
            return created;
        });
    }

    private ClubIdentity ownClub(SourceClub club, String key) {
        return identities.computeIfAbsent("S:" + club.country() + ":" + key,
                id -> ClubIdentity.of(id, club.name(), club.country(), null, null, null));
    }

    private static String countryKey(String country, String key) {
        return country + "|" + key;
    }
}
