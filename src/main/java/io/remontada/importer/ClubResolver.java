package io.remontada.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 * <li>the register's name or alias in that country, or a reviewed alias of {@code club-aliases.tsv}, compared by
 * {@link NameKey};</li>
 * <li>otherwise the club is one the register lacks, known by its own name from then on.</li>
 * </ol>
 * A name that the register gives to two clubs of one country is refused until a mapping row
 * settles it: two clubs silently merged would corrupt every record of both. A reviewed alias that
 * another club already goes by anywhere is refused outright: lookups by name search every country,
 * and the alias file exists to make names find one club, never to make a name fit two.
 */
public final class ClubResolver {

    /** A reviewed row of {@code club-names.tsv}: this source name in this country is that register club. */
    public record Mapping(String sourceName, String country, String registerName, SourceLocation location) {
    }

    /** A reviewed row of {@code club-aliases.tsv}: people call this register club by this name too. */
    public record Alias(String registerName, String country, String alias, SourceLocation location) {
    }

    private static final java.util.regex.Pattern LIFESPAN = java.util.regex.Pattern.compile("\\s*\\((\\d{4})?-(\\d{4})?\\)$");

    private final Map<String, List<RegisterClub>> registerByCountryKey = new HashMap<>();
    private final Map<String, List<RegisterClub>> registerByMainKey = new HashMap<>();
    /** Every register club by every name key, in any country: what a reviewed alias must not collide with. */
    private final Map<String, List<RegisterClub>> registerByKey = new HashMap<>();
    private final Map<String, Mapping> mappings = new HashMap<>();
    private final Set<String> forcedNew;
    private final Map<String, List<String>> reviewedAliases = new HashMap<>();
    private final Map<String, ClubIdentity> identities = new LinkedHashMap<>();

    /**
     * @param forcedNew "country|name key" of source names that are clubs of their own, whatever the register says
     */
    public ClubResolver(List<RegisterClub> register, List<Mapping> mappingRows, Set<String> forcedNew, List<Alias> aliasRows) {
        for (RegisterClub club : register) {
            registerByMainKey.computeIfAbsent(NameKey.of(club.name()), k -> new ArrayList<>()).add(club);
            for (String key : keysOf(club)) {
                registerByCountryKey.computeIfAbsent(countryKey(club.country(), key), k -> new ArrayList<>()).add(club);
                registerByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(club);
            }
        }
        for (Mapping row : mappingRows) {
            mappings.put(countryKey(row.country(), NameKey.of(row.sourceName())), row);
        }
        this.forcedNew = forcedNew;
        aliasRows.forEach(this::addReviewedAlias);
    }

    private void addReviewedAlias(Alias row) {
        RegisterClub club = registerClub(row.registerName(), row.country(), row.location(), "alias row");
        String id = identityOf(club);
        String key = NameKey.of(row.alias());
        if (key.isEmpty()) {
            throw new SourceFormatException(row.location(), "alias '" + row.alias() + "' has no letter or digit");
        }
        // who goes by this name already, as "identity|how", from every file that gives clubs names
        List<String> holders = new ArrayList<>();
        registerByKey.getOrDefault(key, List.of()).forEach(other -> holders.add(identityOf(other) + "|the register"));
        mappings.values().stream().filter(m -> NameKey.of(m.sourceName()).equals(key))
                .forEach(m -> holders.add(identityOf(mappedClub(m)) + "|club-names.tsv"));
        forcedNew.stream().filter(countryName -> countryName.endsWith("|" + key))
                .forEach(countryName -> holders.add("S:" + countryName.replace('|', ':') + "|club-names-force-new.tsv"));
        reviewedAliases.forEach((holder, aliases) -> aliases.stream().filter(alias -> NameKey.of(alias).equals(key))
                .forEach(alias -> holders.add(holder + "|club-aliases.tsv")));
        if (!holders.isEmpty()) {
            boolean othersToo = holders.stream().anyMatch(holder -> !holder.startsWith(id + "|"));
            throw new SourceFormatException(row.location(), "'" + row.alias() + "' is already a name of "
                    + holders.stream().map(holder -> holder.replace("|", " by ")).collect(Collectors.joining(", "))
                    + (othersToo ? ": two clubs would share it, and a lookup by it could not tell them apart" : ": drop the row"));
        }
        reviewedAliases.computeIfAbsent(id, k -> new ArrayList<>()).add(row.alias());
        registerByCountryKey.computeIfAbsent(countryKey(club.country(), key), k -> new ArrayList<>()).add(club);
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
        return registerClub(mapping.registerName(), mapping.country(), mapping.location(), "mapping");
    }

    private RegisterClub registerClub(String registerName, String country, SourceLocation where, String row) {
        // a row may cross a border (AS Monaco, written FRA, is in Monaco's register file):
        // the row's own country first, then the one register club of that name anywhere
        // the register parser drops a defunct club's lifespan, "(1921-2009)", from its name
        String registerKey = NameKey.of(LIFESPAN.matcher(registerName).replaceAll(""));
        List<RegisterClub> sameCountry = registerByMainKey.getOrDefault(registerKey, List.of()).stream()
                .filter(c -> c.country().equals(country)).toList();
        List<RegisterClub> found = sameCountry.isEmpty() ? registerByMainKey.getOrDefault(registerKey, List.of()) : sameCountry;
        if (found.size() != 1) {
            throw new SourceFormatException(where, row + " names register club '" + registerName + "', which the register has "
                    + (found.isEmpty() ? "not" : found.size() + " times"));
        }
        return found.get(0);
    }

    private ClubIdentity register(RegisterClub club) {
        return identities.computeIfAbsent(identityOf(club), id -> {
            ClubIdentity created = ClubIdentity.of(id, club.name(), club.country(), club.founded(), club.stadium(), club.city());
            // a name reviewed as a club of its own (club-names-force-new.tsv) is not also this club's,
            // whatever the register says: a lookup by it must find that club alone
            club.aliases().stream().filter(alias -> !forcedNew.contains(countryKey(club.country(), NameKey.of(alias))))
                    .forEach(created.names()::add);
            created.names().addAll(reviewedAliases.getOrDefault(id, List.of()));
            return created;
        });
    }

    private static String identityOf(RegisterClub club) {
        return "R:" + club.country() + ":" + NameKey.of(club.name());
    }

    private static Set<String> keysOf(RegisterClub club) {
        Set<String> keys = new HashSet<>();
        keys.add(NameKey.of(club.name()));
        club.aliases().forEach(alias -> keys.add(NameKey.of(alias)));
        return keys;
    }

    private ClubIdentity ownClub(SourceClub club, String key) {
        return identities.computeIfAbsent("S:" + club.country() + ":" + key,
                id -> ClubIdentity.of(id, club.name(), club.country(), null, null, null));
    }

    private static String countryKey(String country, String key) {
        return country + "|" + key;
    }
}
