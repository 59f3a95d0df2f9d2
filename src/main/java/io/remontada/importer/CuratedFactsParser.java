package io.remontada.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.remontada.common.Score;
import io.remontada.importer.CuratedFacts.CuratedAwarded;
import io.remontada.importer.CuratedFacts.CuratedGoal;
import io.remontada.importer.CuratedFacts.CuratedMatch;
import io.remontada.importer.CuratedFacts.CuratedPerson;
import io.remontada.importer.CuratedFacts.CuratedQuote;
import io.remontada.importer.CuratedFacts.CuratedSpell;
import io.remontada.importer.CuratedFacts.MatchRef;
import io.remontada.importer.CuratedFacts.PartialDate;
import io.remontada.importer.format.SourceClub;
import io.remontada.importer.format.SourceFormatException;
import io.remontada.importer.format.SourceLocation;

/**
 * Reads the curated facts file: sections of pipe-separated rows (the format is described at the
 * top of {@code data/curated/facts.txt}). Every malformed field is refused with its file and line.
 */
public final class CuratedFactsParser {

    private static final Pattern CLUB = Pattern.compile("(.+?)\\s*\\(([A-Z]{3})\\)");
    private static final Pattern MINUTE = Pattern.compile("(\\d{1,3})(?:\\+(\\d{1,2}))?");

    private final String file;
    private final List<CuratedMatch> matches = new ArrayList<>();
    private final List<CuratedGoal> goals = new ArrayList<>();
    private final List<MatchRef> goalsComplete = new ArrayList<>();
    private final List<CuratedAwarded> awarded = new ArrayList<>();
    private final List<CuratedPerson> people = new ArrayList<>();
    private final List<CuratedSpell> spells = new ArrayList<>();
    private final List<CuratedQuote> quotes = new ArrayList<>();

    private CuratedFactsParser(String file) {
        this.file = file;
    }

    public static CuratedFacts parse(String file, Reader in) {
        return new CuratedFactsParser(file).read(in);
    }

    private CuratedFacts read(Reader in) {
        String section = null;
        int lineNumber = 0;
        try (BufferedReader lines = new BufferedReader(in)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                SourceLocation at = new SourceLocation(file, lineNumber);
                if (text.startsWith("[") && text.endsWith("]")) {
                    section = text.substring(1, text.length() - 1);
                    continue;
                }
                String[] fields = text.split("\\|", -1);
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = fields[i].strip();
                }
                if (section == null) {
                    throw new SourceFormatException(at, "a row before any [section]");
                }
                switch (section) {
                    case "match" -> matches.add(match(at, fields(at, fields, 14)));
                    case "goal" -> goals.add(goal(at, fields(at, fields, 7)));
                    case "goals complete" -> goalsComplete.add(ref(at, fields(at, fields, 3), 0));
                    case "awarded" -> awarded.add(new CuratedAwarded(ref(at, fields(at, fields, 5), 0), score(at, required(at, fields[3], "awarded score")),
                            required(at, fields[4], "reason")));
                    case "person" -> people.add(new CuratedPerson(required(at, fields(at, fields, 1)[0], "name"), at));
                    case "spell" -> spells.add(spell(at, fields(at, fields, 4)));
                    case "quote" -> quotes.add(quote(at, fields(at, fields, 9)));
                    default -> throw new SourceFormatException(at, "unknown section [" + section + "]");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CuratedFacts(matches, goals, goalsComplete, awarded, people, spells, quotes);
    }

    private CuratedMatch match(SourceLocation at, String[] f) {
        String season = required(at, f[2], "season");
        if (!season.matches("\\d{4}-\\d{2}")) {
            throw new SourceFormatException(at, "season must look like 2018-19, was '" + season + "'");
        }
        Integer leg = f[4].isEmpty() ? null : Integer.valueOf(oneOf(at, f[4], "leg", "1", "2"));
        MatchRef ref = new MatchRef(date(at, f[0]), club(at, f[5]), club(at, f[6]), at);
        return new CuratedMatch(ref, required(at, f[1], "competition"), season, required(at, f[3], "round"), leg,
                score(at, required(at, f[7], "full time")), optionalScore(at, f[8]), optionalScore(at, f[9]), optionalScore(at, f[10]),
                f[11].isEmpty() ? null : f[11], yesNo(at, required(at, f[12], "neutral")), f[13].isEmpty() ? null : yesNo(at, f[13]));
    }

    private CuratedGoal goal(SourceLocation at, String[] f) {
        Matcher minute = MINUTE.matcher(f[3]);
        if (!minute.matches()) {
            throw new SourceFormatException(at, "minute must look like 36 or 90+1, was '" + f[3] + "'");
        }
        String kind = oneOf(at, f[6], "goal kind", "", "og", "pen");
        return new CuratedGoal(ref(at, f, 0), Integer.parseInt(minute.group(1)),
                minute.group(2) == null ? null : Integer.valueOf(minute.group(2)), club(at, f[4]),
                f[5].isEmpty() ? null : f[5], kind.equals("og"), kind.equals("pen"));
    }

    private CuratedSpell spell(SourceLocation at, String[] f) {
        return new CuratedSpell(required(at, f[0], "manager"), club(at, f[1]), partialDate(at, required(at, f[2], "from")),
                f[3].isEmpty() ? null : partialDate(at, f[3]), at);
    }

    private CuratedQuote quote(SourceLocation at, String[] f) {
        return new CuratedQuote(required(at, f[0], "speaker"), f[1].isEmpty() ? null : date(at, f[1]), f[2].isEmpty() ? null : f[2],
                yesNo(at, required(at, f[3], "machine translated")), f[4].isEmpty() ? null : club(at, f[4]),
                f[5].isEmpty() ? null : ref(at, f, 5), required(at, f[8], "text"), at);
    }

    private MatchRef ref(SourceLocation at, String[] f, int from) {
        return new MatchRef(date(at, f[from]), club(at, f[from + 1]), club(at, f[from + 2]), at);
    }

    private static String[] fields(SourceLocation at, String[] fields, int expected) {
        if (fields.length != expected) {
            throw new SourceFormatException(at, "expected " + expected + " fields separated by '|', found " + fields.length);
        }
        return fields;
    }

    private static String required(SourceLocation at, String value, String what) {
        if (value.isEmpty()) {
            throw new SourceFormatException(at, what + " is required");
        }
        return value;
    }

    private static String oneOf(SourceLocation at, String value, String what, String... allowed) {
        for (String candidate : allowed) {
            if (candidate.equals(value)) {
                return value;
            }
        }
        throw new SourceFormatException(at, what + " must be one of " + String.join(", ", allowed) + ", was '" + value + "'");
    }

    private static boolean yesNo(SourceLocation at, String value) {
        return oneOf(at, value, "a yes/no field", "yes", "no").equals("yes");
    }

    private static SourceClub club(SourceLocation at, String value) {
        Matcher club = CLUB.matcher(value);
        if (!club.matches()) {
            throw new SourceFormatException(at, "a club is written 'Name (CCC)' with its country code, was '" + value + "'");
        }
        return new SourceClub(club.group(1), club.group(2));
    }

    private static LocalDate date(SourceLocation at, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new SourceFormatException(at, "not an ISO date (2019-05-07): '" + value + "'");
        }
    }

    private static PartialDate partialDate(SourceLocation at, String value) {
        if (value.length() == 7) {
            try {
                return new PartialDate(YearMonth.parse(value).atDay(1), false);
            } catch (DateTimeParseException e) {
                throw new SourceFormatException(at, "not a month (2008-06): '" + value + "'");
            }
        }
        return new PartialDate(date(at, value), true);
    }

    private static Score score(SourceLocation at, String value) {
        try {
            return Score.parse(value);
        } catch (IllegalArgumentException e) {
            throw new SourceFormatException(at, e.getMessage());
        }
    }

    private static Score optionalScore(SourceLocation at, String value) {
        return value.isEmpty() ? null : score(at, value);
    }
}
