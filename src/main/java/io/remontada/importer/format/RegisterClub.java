package io.remontada.importer.format;

import java.util.List;

/**
 * One entry of the openfootball club register, used to give clubs a canonical name and to resolve the many
 * spellings match sources use.
 *
 * @param name     the canonical name, without a lifespan such as "(1926-2018)"
 * @param aliases  other names, without language tags such as "[de]"
 * @param country  the country code the caller gave for the register file
 * @param founded  the founding year, or null when not given
 * @param stadium  the stadium (the {@code @} field), or null
 * @param city     the place as written, e.g. "London (Highbury)", without a "› region" suffix; null when not given
 */
public record RegisterClub(String name, List<String> aliases, String country, Integer founded, String stadium,
                           String city, SourceLocation location) {

    public RegisterClub {
        aliases = List.copyOf(aliases);
    }
}
