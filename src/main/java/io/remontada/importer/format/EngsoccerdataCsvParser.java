package io.remontada.importer.format;

import io.remontada.common.Score;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads engsoccerdata's {@code champs.csv}, the source for every European Cup / Champions League match from 1955-56
 * to 2015-16 (plus the 2016-17 and 2017-18 finals). All its matches are competition "UCL".
 *
 * <p>Columns {@code round} and {@code leg} map onto {@link Rounds} and {@link RoundKind} as follows:
 * <table>
 * <caption>engsoccerdata round to canonical round</caption>
 * <tr><th>round</th><th>seasons</th><th>canonical round</th><th>kind</th></tr>
 * <tr><td>PrelimF, prelim</td><td>1966-67 .. 1996-97</td><td>Preliminary round</td><td>KNOCKOUT</td></tr>
 * <tr><td>Q-1, Q-2, Q-3</td><td>1997-98 ..</td><td>First / Second / Third qualifying round</td><td>KNOCKOUT</td></tr>
 * <tr><td>Q-PO</td><td>2009-10 ..</td><td>Play-off round</td><td>KNOCKOUT</td></tr>
 * <tr><td>Round1, 1 (1973-74 only)</td><td>1955-56 .. 1993-94</td><td>First round</td><td>KNOCKOUT</td></tr>
 * <tr><td>Round2</td><td>1991-92 .. 1993-94</td><td>Second round</td><td>KNOCKOUT</td></tr>
 * <tr><td>R16 (the second round of 16 clubs before 1991, the round of 16 from 2003-04)</td><td>1956-57 ..</td>
 *     <td>Round of 16</td><td>KNOCKOUT</td></tr>
 * <tr><td>QF</td><td></td><td>Quarter-finals</td><td>KNOCKOUT</td></tr>
 * <tr><td>SF (leg NA: the single-match semi-finals of 1993-94)</td><td></td><td>Semi-finals</td>
 *     <td>KNOCKOUT</td></tr>
 * <tr><td>final</td><td></td><td>Final</td><td>FINAL</td></tr>
 * <tr><td>GroupA .. GroupH</td><td>1991-92 .. 1998-99, 2003-04 ..</td><td>Group A .. Group H</td><td>GROUP</td></tr>
 * <tr><td>GroupA-prelim .. GroupH-prelim</td><td>1999-00 .. 2002-03</td>
 *     <td>First group stage, Group A .. H</td><td>GROUP</td></tr>
 * <tr><td>GroupA-inter .. GroupD-inter</td><td>1999-00 .. 2002-03</td>
 *     <td>Second group stage, Group A .. D</td><td>GROUP</td></tr>
 * </table>
 * {@code leg}: "1" and "2" are legs; "replay" is a replay (no leg); "initial" is the first match of a final that
 * was replayed (1974, no leg); "groups" must go with a group round and NA with a final or a single-match round.
 * The legs of a tie are then checked against the dates; in the 1992-93 preliminary round both matches of each tie
 * carry the same leg number, so there the dates decide. A tie with one match keeps its stated leg (Vorwärts Berlin
 * v Linfield, 1961-62, leg 1: the second leg was never played).
 *
 * <p>{@code pens} holds a shoot-out score (sometimes with a trailing space) or words ("away goals", "coin toss",
 * "walkover"), which become the stated decision. The redundant goal columns ({@code hgoal}, {@code aethgoal},
 * {@code tothgoal}, ...) must agree with the score texts; aggregate columns are not read.
 */
public final class EngsoccerdataCsvParser {

    private static final List<String> HEADER = List.of("Date", "Season", "round", "leg", "home", "visitor", "FT", "HT",
            "aet", "pens", "hgoal", "vgoal", "FTagg_home", "FTagg_visitor", "aethgoal", "aetvgoal", "tothgoal",
            "totvgoal", "totagg_home", "totagg_visitor", "tiewinner", "hcountry", "vcountry");
    private static final String NA = "NA";
    private static final Set<String> DECISIONS = Set.of("away goals", "coin toss", "walkover");
    private static final Pattern SCORE = Pattern.compile("\\d+-\\d+");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
    private static final Pattern GROUP = Pattern.compile("Group([A-L])(?:-(prelim|inter))?");

    private EngsoccerdataCsvParser() {
    }

    /** @param asOf the day the file describes the record as of: no match in it lies after it */
    public static ParsedFile parse(String fileName, LocalDate asOf, Reader in) {
        List<SourceMatch> matches = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(in)) {
            String header = lines.readLine();
            if (header == null) {
                throw new SourceFormatException(new SourceLocation(fileName, 1), "empty file, expected a header");
            }
            List<String> columns = splitCsv(header.replace("\uFEFF", ""), new SourceLocation(fileName, 1));
            if (!columns.equals(HEADER)) {
                throw new SourceFormatException(new SourceLocation(fileName, 1),
                        "unexpected header " + columns + ", expected " + HEADER);
            }
            String line;
            int number = 1;
            while ((line = lines.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    SourceLocation where = new SourceLocation(fileName, number);
                    matches.add(toMatch(new Row(splitCsv(line, where), where), asOf));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fileName, e);
        }
        if (matches.isEmpty()) {
            throw new SourceFormatException(new SourceLocation(fileName, 1), "no match in the file, only its header");
        }
        return new ParsedFile(fileName, Ties.assignLegs(matches), 0);
    }

    /** Splits one CSV record; fields may be double-quoted, with "" for a quote inside. */
    private static List<String> splitCsv(String line, SourceLocation where) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c != '"') {
                    field.append(c);
                } else if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new SourceFormatException(where, "unterminated quoted field");
        }
        fields.add(field.toString());
        return fields;
    }

    /** One data line, with access to its fields by column name. */
    private record Row(List<String> fields, SourceLocation where) {
        Row {
            if (fields.size() != HEADER.size()) {
                throw new SourceFormatException(where,
                        "expected " + HEADER.size() + " fields, found " + fields.size());
            }
        }

        /** The field as written; null for NA. */
        String get(String column) {
            String value = fields.get(HEADER.indexOf(column));
            return value.equals(NA) ? null : value;
        }

        String required(String column) {
            String value = get(column);
            if (value == null || value.isBlank()) {
                throw new SourceFormatException(where, column + " is missing");
            }
            return value;
        }

        Score score(String column) {
            String value = get(column);
            if (value == null) {
                return null;
            }
            if (!SCORE.matcher(value.trim()).matches()) {
                throw new SourceFormatException(where, column + " is not a score: '" + value + "'");
            }
            return MatchChecks.score(value, where);
        }

        Score goals(String homeColumn, String awayColumn) {
            String home = get(homeColumn);
            String away = get(awayColumn);
            if (home == null && away == null) {
                return null;
            }
            try {
                return new Score(Integer.parseInt(home), Integer.parseInt(away));
            } catch (IllegalArgumentException e) {
                throw new SourceFormatException(where,
                        homeColumn + "/" + awayColumn + " are not goal counts: " + home + ", " + away);
            }
        }

        String country(String column) {
            String value = required(column);
            if (!COUNTRY.matcher(value).matches()) {
                throw new SourceFormatException(where, column + " is not a 3-letter code: '" + value + "'");
            }
            return value;
        }
    }

    private record Round(String name, RoundKind kind) {
    }

    private static SourceMatch toMatch(Row row, LocalDate asOf) {
        SourceLocation where = row.where();
        LocalDate date;
        try {
            date = LocalDate.parse(row.required("Date"));
        } catch (DateTimeParseException e) {
            throw new SourceFormatException(where, "Date is not a date: '" + row.get("Date") + "'");
        }
        int startYear;
        try {
            startYear = Integer.parseInt(row.required("Season"));
        } catch (NumberFormatException e) {
            throw new SourceFormatException(where, "Season is not a year: '" + row.get("Season") + "'");
        }
        if (date.getYear() != startYear && date.getYear() != startYear + 1) {
            throw new SourceFormatException(where, "date " + date + " is not in season " + startYear);
        }
        MatchChecks.playedBy(date, asOf, where);
        String season = startYear + "-" + String.format(Locale.ROOT, "%02d", (startYear + 1) % 100);

        Round round = roundOf(row.required("round"), where);
        String leg = row.get("leg");
        boolean replay = "replay".equals(leg);
        Integer legNumber = legOf(leg, round, where);

        Score fullTime = row.score("FT");
        if (fullTime == null) {
            throw new SourceFormatException(where, "FT is missing");
        }
        Score halfTime = row.score("HT");
        Score afterExtraTime = row.score("aet");
        checkEqual(fullTime, row.goals("hgoal", "vgoal"), "FT", "hgoal/vgoal", where);
        checkEqual(afterExtraTime, row.goals("aethgoal", "aetvgoal"), "aet", "aethgoal/aetvgoal", where);
        checkEqual(afterExtraTime != null ? afterExtraTime : fullTime, row.goals("tothgoal", "totvgoal"),
                "aet (or FT)", "tothgoal/totvgoal", where);

        Score penalties = null;
        String decision = null;
        String pens = row.get("pens");
        if (pens != null) {
            String text = pens.trim();
            if (SCORE.matcher(text).matches()) {
                penalties = MatchChecks.score(text, where);
            } else if (DECISIONS.contains(text.toLowerCase(Locale.ROOT))) {
                decision = text.toLowerCase(Locale.ROOT);
            } else {
                throw new SourceFormatException(where, "pens is neither a score nor a known decision: '" + pens + "'");
            }
        }
        MatchChecks.scores(halfTime, fullTime, afterExtraTime, penalties, where);
        SourceClub home = new SourceClub(row.required("home"), row.country("hcountry"));
        SourceClub visitor = new SourceClub(row.required("visitor"), row.country("vcountry"));
        MatchChecks.clubs(home, visitor, where);

        return new SourceMatch(where, "UCL", season, round.name(), round.kind(), legNumber, replay, date, home, visitor,
                halfTime, fullTime, afterExtraTime, penalties, row.get("tiewinner"), decision);
    }

    private static Round roundOf(String label, SourceLocation where) {
        Matcher group = GROUP.matcher(label);
        if (group.matches()) {
            String letter = group.group(1);
            String name = group.group(2) == null ? Rounds.group(letter)
                    : group.group(2).equals("prelim") ? Rounds.firstGroupStageGroup(letter)
                    : Rounds.secondGroupStageGroup(letter);
            return new Round(name, RoundKind.GROUP);
        }
        return switch (label) {
            case "PrelimF", "prelim" -> new Round(Rounds.PRELIMINARY_ROUND, RoundKind.KNOCKOUT);
            case "Q-1" -> new Round(Rounds.FIRST_QUALIFYING_ROUND, RoundKind.KNOCKOUT);
            case "Q-2" -> new Round(Rounds.SECOND_QUALIFYING_ROUND, RoundKind.KNOCKOUT);
            case "Q-3" -> new Round(Rounds.THIRD_QUALIFYING_ROUND, RoundKind.KNOCKOUT);
            case "Q-PO" -> new Round(Rounds.PLAY_OFF_ROUND, RoundKind.KNOCKOUT);
            case "Round1", "1" -> new Round(Rounds.FIRST_ROUND, RoundKind.KNOCKOUT);
            case "Round2" -> new Round(Rounds.SECOND_ROUND, RoundKind.KNOCKOUT);
            case "R16" -> new Round(Rounds.ROUND_OF_16, RoundKind.KNOCKOUT);
            case "QF" -> new Round(Rounds.QUARTER_FINALS, RoundKind.KNOCKOUT);
            case "SF" -> new Round(Rounds.SEMI_FINALS, RoundKind.KNOCKOUT);
            case "final" -> new Round(Rounds.FINAL, RoundKind.FINAL);
            default -> throw new SourceFormatException(where, "unknown round: '" + label + "'");
        };
    }

    private static Integer legOf(String leg, Round round, SourceLocation where) {
        boolean group = round.kind() == RoundKind.GROUP;
        if (group != "groups".equals(leg)) {
            throw new SourceFormatException(where, "leg '" + (leg == null ? NA : leg) + "' in round " + round.name());
        }
        if (leg == null || group || leg.equals("replay") || leg.equals("initial")) {
            return null;
        }
        if ((leg.equals("1") || leg.equals("2")) && round.kind() == RoundKind.KNOCKOUT) {
            return Integer.valueOf(leg);
        }
        throw new SourceFormatException(where, "leg '" + leg + "' in round " + round.name());
    }

    private static void checkEqual(Score text, Score goals, String textColumn, String goalColumns,
                                   SourceLocation where) {
        if (text == null ? goals != null : !text.equals(goals)) {
            throw new SourceFormatException(where, textColumn + " " + (text == null ? NA : text) + " contradicts "
                    + goalColumns + " " + (goals == null ? NA : goals));
        }
    }
}
