package io.remontada.importer.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads openfootball's club register files ({@code <country>/<code>.clubs.txt}), which give each club a canonical
 * name and the other spellings that match sources use.
 *
 * <p>Line kinds, after cutting a {@code #} comment (a {@code #} at the start or after whitespace):
 * <ul>
 * <li>{@code = England}, {@code == Wien ==}, {@code ====}: headings, ignored;</li>
 * <li>{@code Name, 1886, @ Stadium, City (District)}: a club; the year and {@code @ stadium} are optional and come
 *     in this order, everything after them is the place ({@code Sendai, Miyagi} stays one text, a
 *     {@code › Region} suffix is dropped, empty trailing fields are ignored). A lifespan after the name,
 *     {@code FC Stal Kamianske (1926-2018)}, {@code (-2016)} or {@code (2014-)}, is cut from the name and its
 *     first year is the founding year unless a year field gives one;</li>
 * <li>{@code ii) SK Rapid Wien II}: a reserve team, read as a club of its own;</li>
 * <li>{@code FC Gambarogno-Contone | FC Gambarogno}: a club line may carry aliases after a {@code |}, and
 *     {@code Miedź Legnica, 1971 @ Stadion ..., Legnica} lacks the comma between year and stadium;</li>
 * <li>{@code | Rapid | Rapid Wien | Rapid Vienna [en]}: aliases of the club above; language tags such as
 *     {@code [en]} and trailing commas are dropped;</li>
 * <li>an indented line without {@code |} and without a comma ({@code   VfV 06 Hildesheim}): one alias of the
 *     club above, written without the {@code |} marker;</li>
 * <li>an indented line with {@code //} ({@code Keisslergasse 3 // 1140 Wien}): a postal address, ignored as the
 *     register keeps none;</li>
 * <li>any other line, indented or not, is a club line.</li>
 * </ul>
 * Runs of spaces and tabs inside a field count as one space. A rename arrow {@code =>} outside a comment is
 * rejected, as is an alias line before the first club.
 */
public final class ClubRegisterParser {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_AND_STADIUM = Pattern.compile("(\\d{4}) (@.*)");
    private static final Pattern LIFESPAN = Pattern.compile("(.+?)\\s*\\((\\d{4})?-(\\d{4})?\\)");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("\\s*\\[[a-z]{2}]$");
    private static final String RESERVE_MARKER = "ii)";

    private ClubRegisterParser() {
    }

    /**
     * @param countryCode the country of the whole file, as the caller knows it (e.g. "eng" for eng.clubs.txt)
     */
    public static List<RegisterClub> parse(String fileName, String countryCode, Reader in) {
        List<RegisterClub> clubs = new ArrayList<>();
        PendingClub pending = null;
        try (BufferedReader lines = new BufferedReader(in)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                SourceLocation where = new SourceLocation(fileName, number);
                String raw = Comments.strip(number == 1 ? line.replace("\uFEFF", "") : line);
                String text = raw.trim();
                boolean indented = !raw.isEmpty() && Character.isWhitespace(raw.charAt(0));
                if (text.isEmpty() || text.startsWith("=") || (indented && text.contains("//"))) {
                    continue;
                }
                boolean aliasLine = text.startsWith("|")
                        || (indented && !text.contains(",") && !text.startsWith(RESERVE_MARKER));
                if (aliasLine) {
                    if (pending == null) {
                        throw new SourceFormatException(where, "alias line before any club: '" + text + "'");
                    }
                    pending.addAliases(text);
                } else {
                    if (pending != null) {
                        clubs.add(pending.build());
                    }
                    int bar = text.indexOf('|');
                    pending = clubLine(bar < 0 ? text : text.substring(0, bar).trim(), countryCode, where);
                    if (bar >= 0) {
                        pending.addAliases(text.substring(bar));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fileName, e);
        }
        if (pending != null) {
            clubs.add(pending.build());
        }
        return clubs;
    }

    private static String normalize(String text) {
        return text.trim().replaceAll("\\s+", " ");
    }

    private static PendingClub clubLine(String text, String countryCode, SourceLocation where) {
        if (text.contains("=>")) {
            throw new SourceFormatException(where, "rename arrow '=>' is not supported: '" + text + "'");
        }
        String body = text.startsWith(RESERVE_MARKER) ? text.substring(RESERVE_MARKER.length()) : text;
        List<String> fields = new ArrayList<>();
        for (String field : body.split(",", -1)) {
            Matcher yearAndStadium = YEAR_AND_STADIUM.matcher(normalize(field));
            if (yearAndStadium.matches()) {
                fields.add(yearAndStadium.group(1));
                fields.add(yearAndStadium.group(2));
            } else {
                fields.add(normalize(field));
            }
        }
        while (fields.size() > 1 && fields.get(fields.size() - 1).isEmpty()) {
            fields.remove(fields.size() - 1);
        }
        if (fields.contains("")) {
            throw new SourceFormatException(where, "empty field in club line: '" + text + "'");
        }
        String name = fields.get(0);
        Integer founded = null;
        Matcher lifespan = LIFESPAN.matcher(name);
        if (lifespan.matches()) {
            name = lifespan.group(1);
            founded = lifespan.group(2) == null ? null : Integer.valueOf(lifespan.group(2));
        }
        int next = 1;
        if (next < fields.size() && YEAR.matcher(fields.get(next)).matches()) {
            founded = Integer.valueOf(fields.get(next++));
        }
        String stadium = null;
        if (next < fields.size() && fields.get(next).startsWith("@")) {
            stadium = normalize(fields.get(next++).substring(1));
            if (stadium.isEmpty()) {
                throw new SourceFormatException(where, "empty stadium after '@': '" + text + "'");
            }
        }
        List<String> place = fields.subList(next, fields.size());
        for (String field : place) {
            if (YEAR.matcher(field).matches() || field.contains("@")) {
                throw new SourceFormatException(where,
                        "'" + field + "' out of order: expected name, year, @ stadium, city in '" + text + "'");
            }
        }
        String city = place.isEmpty() ? null : normalize(String.join(", ", place).replaceFirst("›.*", ""));
        return new PendingClub(name, founded, stadium, city, countryCode, where);
    }

    /** A club whose alias lines may still follow. */
    private static final class PendingClub {
        private final String name;
        private final Integer founded;
        private final String stadium;
        private final String city;
        private final String country;
        private final SourceLocation location;
        private final List<String> aliases = new ArrayList<>();

        PendingClub(String name, Integer founded, String stadium, String city, String country,
                    SourceLocation location) {
            this.name = name;
            this.founded = founded;
            this.stadium = stadium;
            this.city = city;
            this.country = country;
            this.location = location;
        }

        void addAliases(String text) {
            for (String part : text.split("\\|")) {
                String alias = normalize(LANGUAGE_TAG.matcher(normalize(part)).replaceFirst(""));
                if (alias.endsWith(",")) {
                    alias = normalize(alias.substring(0, alias.length() - 1));
                }
                if (!alias.isEmpty()) {
                    aliases.add(alias);
                }
            }
        }

        RegisterClub build() {
            return new RegisterClub(name, aliases, country, founded, stadium, city, location);
        }
    }
}
