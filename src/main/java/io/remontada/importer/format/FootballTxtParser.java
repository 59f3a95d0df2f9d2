package io.remontada.importer.format;

import io.remontada.common.Score;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads openfootball's Football.TXT match files ({@code cl.txt}, {@code clq.txt}, {@code el.txt}, {@code elq.txt},
 * {@code conf.txt}, {@code confq.txt}), the source for the UEFA competitions from 2011-12 on.
 *
 * <p>The format has no year on most dates and no leg numbers, so both are derived here: a date without a year
 * lies in the season's start year from July to December and in its end year from January to June, unless only the
 * other season year puts the stated weekday on that date (2019-20 ended in August 2020: {@code Fri Aug/7} is 2020);
 * an explicit year always wins. In a knockout round the matches between the same two clubs form a tie: two matches
 * are legs 1 and 2 by date, a single match has no leg.
 *
 * <p>Round headings ({@code » ...}) map onto {@link Rounds} as follows; an optional {@code "Finals, "} prefix is
 * ignored:
 * <table>
 * <caption>Football.TXT heading to canonical round</caption>
 * <tr><th>heading</th><th>canonical round</th><th>kind</th></tr>
 * <tr><td>Group A .. Group L, Gruppe A .. Gruppe L</td><td>Group A .. Group L</td><td>GROUP</td></tr>
 * <tr><td>Group, Matchday N (2023-24 cl.txt, no group letters)</td><td>Group stage</td><td>GROUP</td></tr>
 * <tr><td>League, Matchday N; League phase</td><td>League phase</td><td>GROUP</td></tr>
 * <tr><td>Round 1 / 1. Round (qualifying files only)</td><td>First qualifying round</td><td>KNOCKOUT</td></tr>
 * <tr><td>Round 2 / 2. Round (qualifying files only)</td><td>Second qualifying round</td><td>KNOCKOUT</td></tr>
 * <tr><td>Round 3 / 3. Round (qualifying files only)</td><td>Third qualifying round</td><td>KNOCKOUT</td></tr>
 * <tr><td>Playoffs, Play-offs in a qualifying file</td><td>Play-off round</td><td>KNOCKOUT</td></tr>
 * <tr><td>Playoffs, Play-offs, Playoffs, Matchday N elsewhere</td><td>Knockout play-offs</td><td>KNOCKOUT</td></tr>
 * <tr><td>Sechzehntelfinale, Round of 32</td><td>Round of 32</td><td>KNOCKOUT</td></tr>
 * <tr><td>Round of 16</td><td>Round of 16</td><td>KNOCKOUT</td></tr>
 * <tr><td>Quarterfinals</td><td>Quarter-finals</td><td>KNOCKOUT</td></tr>
 * <tr><td>Semifinals</td><td>Semi-finals</td><td>KNOCKOUT</td></tr>
 * <tr><td>Final</td><td>Final</td><td>FINAL</td></tr>
 * </table>
 * A file is a qualifying file when its name is {@code clq.txt}, {@code elq.txt} or {@code confq.txt}.
 *
 * <p>Results: {@code 2-0}, {@code 2-0 (1-0)}, {@code 4-1 a.e.t. (3-1, 1-0)}, {@code 2-0 a.e.t. (0-0)} (no half
 * time), {@code 3-4 pen. 1-1 a.e.t. (1-1, 0-0)} and {@code 3-1 pen. 0-0 a.e.t. (0-0)}; a goalless match
 * written {@code 0-0} gets half time 0-0, the only possible one, as the files leave it out. {@code 3-0 [awarded]} is
 * kept with decision "awarded"; a match line with {@code [cancelled]} alone is counted as an unplayed fixture, and so
 * is a match line without a result when its date is not before the day the file describes the record as of (a
 * fixture still to be played): a match before that day without a result is a line cut short, as is a date or round
 * heading with no match line under it. A result dated after that day, a file without a played match and any
 * value no real match has (see {@link MatchChecks}, and an explicit year outside the season) are refused too.
 * Anything else is a {@link SourceFormatException}.
 */
public final class FootballTxtParser {

    private static final Set<String> COMPETITIONS = Set.of("UCL", "UEL", "UECL");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUALIFYING_FILE = Pattern.compile("(?:cl|el|conf)q\\.txt");
    static final Pattern DATE_LINE = Pattern.compile(
            "(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/(\\d{1,2})(?: (\\d{4}))?");
    private static final Pattern MATCH_LINE = Pattern.compile("(?:(\\d{1,2})\\.(\\d{2})\\s+)?(.+?)\\s+v\\s+(.+)");
    private static final Pattern HOME_CLUB = Pattern.compile("(.+?)\\s*\\(([A-Z]{3})\\)");
    private static final Pattern AWAY_CLUB_AND_RESULT = Pattern.compile("(.+?)\\s*\\(([A-Z]{3})\\)(?:\\s+(.*))?");
    private static final Pattern ANNOTATION = Pattern.compile("(.*?)\\s*\\[([^\\]]*)]");
    // "(1-0, )": the 2011-12 goal files leave the half-time score after the comma empty
    private static final Pattern RESULT = Pattern.compile(
            "(?:(\\d+-\\d+)\\s+pen\\.\\s+)?(\\d+-\\d+)(\\s+a\\.e\\.t\\.)?(?:\\s+\\((\\d+-\\d+)(?:,\\s*(\\d+-\\d+)?)?\\))?");
    private static final Pattern GROUP_HEADING = Pattern.compile("(?:Group|Gruppe) ([A-L])");
    private static final Pattern MATCHDAY_HEADING = Pattern.compile("(Group|League|Playoffs), Matchday \\d+");
    private static final Pattern QUALIFYING_ROUND_HEADING = Pattern.compile("Round ([1-3])|([1-3])\\. Round");
    private static final String[] QUALIFYING_ROUNDS = {
            Rounds.FIRST_QUALIFYING_ROUND, Rounds.SECOND_QUALIFYING_ROUND, Rounds.THIRD_QUALIFYING_ROUND};

    private FootballTxtParser() {
    }

    /**
     * @param fileName    how errors and locations name the file; its last path segment tells a qualifying file
     * @param competition "UCL", "UEL" or "UECL"
     * @param season      "2018-19" style, the season the file covers
     * @param asOf        the day the file describes the record as of: every match before it has been played
     */
    public static ParsedFile parse(String fileName, String competition, String season, LocalDate asOf, Reader in) {
        if (!COMPETITIONS.contains(competition)) {
            throw new IllegalArgumentException("unknown competition: " + competition);
        }
        String lastSegment = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        ReadingState reader = new ReadingState(fileName, competition, parseSeason(season), season,
                QUALIFYING_FILE.matcher(lastSegment).matches(), asOf);
        try (BufferedReader lines = new BufferedReader(in)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                reader.readLine(number == 1 ? line.replace("\uFEFF", "") : line, number);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fileName, e);
        }
        reader.endOfFile();
        return new ParsedFile(fileName, Ties.assignLegs(reader.matches), reader.unplayed);
    }

    /** The start year of a season written like 2018-19. */
    static int parseSeason(String season) {
        if (!isSeason(season)) {
            throw new IllegalArgumentException("season must look like 2018-19: " + season);
        }
        return Integer.parseInt(season.substring(0, 4));
    }

    /** Whether a file may be read as this competition and season, for callers that take both from a user. */
    public static boolean reads(String competition, String season) {
        return COMPETITIONS.contains(competition) && isSeason(season);
    }

    private static boolean isSeason(String season) {
        Matcher m = SEASON.matcher(season);
        return m.matches() && (Integer.parseInt(m.group(1)) + 1) % 100 == Integer.parseInt(m.group(2));
    }

    private record Round(String name, RoundKind kind) {
    }

    /** The reading state of one file: the current round heading and date apply to the match lines that follow. */
    private static final class ReadingState {
        private final String fileName;
        private final String competition;
        private final int startYear;
        private final String season;
        private final boolean qualifying;
        private final LocalDate asOf;
        private final List<SourceMatch> matches = new ArrayList<>();
        private int unplayed;
        private Round round;
        private LocalDate date;
        /** The round heading and the date line read last, each until a match line follows it. */
        private SourceLocation roundWithoutMatch;
        private SourceLocation dateWithoutMatch;

        ReadingState(String fileName, String competition, int startYear, String season, boolean qualifying, LocalDate asOf) {
            this.fileName = fileName;
            this.competition = competition;
            this.startYear = startYear;
            this.season = season;
            this.qualifying = qualifying;
            this.asOf = asOf;
        }

        void readLine(String line, int number) {
            SourceLocation where = new SourceLocation(fileName, number);
            String text = Comments.strip(line).trim();
            if (text.isEmpty() || text.startsWith("=")) {
                return;
            }
            if (text.startsWith("»")) {
                noMatchUnder(dateWithoutMatch);
                noMatchUnder(roundWithoutMatch);
                round = roundOf(text.substring(1).trim(), where);
                roundWithoutMatch = where;
                dateWithoutMatch = null;
                return;
            }
            Matcher dateLine = DATE_LINE.matcher(text);
            if (dateLine.matches()) {
                if (round == null) {
                    throw new SourceFormatException(where, "date before any round heading: '" + text + "'");
                }
                noMatchUnder(dateWithoutMatch);
                date = dateOf(dateLine, startYear, season, where);
                dateWithoutMatch = where;
                return;
            }
            Matcher matchLine = MATCH_LINE.matcher(text);
            if (matchLine.matches()) {
                readMatch(matchLine, where);
                roundWithoutMatch = null;
                dateWithoutMatch = null;
                return;
            }
            throw new SourceFormatException(where, "unrecognised line: '" + text + "'");
        }

        void endOfFile() {
            noMatchUnder(dateWithoutMatch);
            noMatchUnder(roundWithoutMatch);
            if (matches.isEmpty()) {
                throw new SourceFormatException(new SourceLocation(fileName, 1), "no played match in the file");
            }
        }

        /** A date or round heading with no match line under it is what is left of a file cut short after it. */
        private static void noMatchUnder(SourceLocation dateOrRound) {
            if (dateOrRound != null) {
                throw new SourceFormatException(dateOrRound, "no match under this line: is the file cut short?");
            }
        }

        private Round roundOf(String heading, SourceLocation where) {
            String label = heading.startsWith("Finals, ") ? heading.substring("Finals, ".length()) : heading;
            Matcher group = GROUP_HEADING.matcher(label);
            if (group.matches()) {
                return new Round(Rounds.group(group.group(1)), RoundKind.GROUP);
            }
            Matcher matchday = MATCHDAY_HEADING.matcher(label);
            if (matchday.matches()) {
                return switch (matchday.group(1)) {
                    case "Group" -> new Round(Rounds.GROUP_STAGE, RoundKind.GROUP);
                    case "League" -> new Round(Rounds.LEAGUE_PHASE, RoundKind.GROUP);
                    default -> new Round(Rounds.KNOCKOUT_PLAY_OFFS, RoundKind.KNOCKOUT);
                };
            }
            Matcher qualifyingRound = QUALIFYING_ROUND_HEADING.matcher(label);
            if (qualifyingRound.matches()) {
                if (!qualifying) {
                    throw new SourceFormatException(where,
                            "qualifying round heading outside a qualifying file: '" + heading + "'");
                }
                String n = qualifyingRound.group(1) != null ? qualifyingRound.group(1) : qualifyingRound.group(2);
                return new Round(QUALIFYING_ROUNDS[Integer.parseInt(n) - 1], RoundKind.KNOCKOUT);
            }
            return switch (label) {
                case "League phase" -> new Round(Rounds.LEAGUE_PHASE, RoundKind.GROUP);
                case "Playoffs", "Play-offs" -> new Round(
                        qualifying ? Rounds.PLAY_OFF_ROUND : Rounds.KNOCKOUT_PLAY_OFFS, RoundKind.KNOCKOUT);
                case "Sechzehntelfinale", "Round of 32" -> new Round(Rounds.ROUND_OF_32, RoundKind.KNOCKOUT);
                case "Round of 16" -> new Round(Rounds.ROUND_OF_16, RoundKind.KNOCKOUT);
                case "Quarterfinals" -> new Round(Rounds.QUARTER_FINALS, RoundKind.KNOCKOUT);
                case "Semifinals" -> new Round(Rounds.SEMI_FINALS, RoundKind.KNOCKOUT);
                case "Final" -> new Round(Rounds.FINAL, RoundKind.FINAL);
                default -> throw new SourceFormatException(where, "unknown round heading: '" + heading + "'");
            };
        }

        private void readMatch(Matcher matchLine, SourceLocation where) {
            if (round == null) {
                throw new SourceFormatException(where, "match before any round heading");
            }
            if (date == null) {
                throw new SourceFormatException(where, "match before any date");
            }
            if (matchLine.group(1) != null
                    && (Integer.parseInt(matchLine.group(1)) > 23 || Integer.parseInt(matchLine.group(2)) > 59)) {
                throw new SourceFormatException(where,
                        "no such kick-off time: " + matchLine.group(1) + "." + matchLine.group(2));
            }
            Matcher home = HOME_CLUB.matcher(matchLine.group(3));
            if (!home.matches()) {
                throw new SourceFormatException(where,
                        "home team without country code: '" + matchLine.group(3) + "'");
            }
            Matcher away = AWAY_CLUB_AND_RESULT.matcher(matchLine.group(4));
            if (!away.matches()) {
                throw new SourceFormatException(where,
                        "away team without country code: '" + matchLine.group(4) + "'");
            }
            SourceClub homeClub = new SourceClub(home.group(1), home.group(2));
            SourceClub awayClub = new SourceClub(away.group(1), away.group(2));
            MatchChecks.clubs(homeClub, awayClub, where);
            String resultText = away.group(3) == null ? "" : away.group(3);
            Result result = resultOf(resultText, where);
            if (result == null) {
                // no result at all (not even [cancelled]): a fixture yet to be played, or a line cut after the away club
                if (resultText.isEmpty() && date.isBefore(asOf)) {
                    throw new SourceFormatException(where, "no result for a match of " + date + ", before " + asOf
                            + ", the day the file is as of: is the line cut short?");
                }
                unplayed++;
                return;
            }
            MatchChecks.playedBy(date, asOf, where);
            matches.add(new SourceMatch(where, competition, season, round.name(), round.kind(), null, false, date,
                    homeClub, awayClub, result.halfTime, result.fullTime, result.afterExtraTime, result.penalties, null,
                    result.decision));
        }
    }

    /**
     * The date a {@link #DATE_LINE} names in the season starting in {@code startYear}: an explicit year wins, a date
     * without one lies in the year its month and weekday put it in (see the class comment).
     */
    static LocalDate dateOf(Matcher dateLine, int startYear, String season, SourceLocation where) {
        DayOfWeek weekday = DayOfWeek.valueOf(fullName(dateLine.group(1), DayOfWeek.values()));
        Month month = Month.valueOf(fullName(dateLine.group(2), Month.values()));
        int day = Integer.parseInt(dateLine.group(3));
        String text = dateLine.group();
        if (dateLine.group(4) != null) {
            int year = Integer.parseInt(dateLine.group(4));
            LocalDate stated = dateOrNull(year, month, day);
            if (stated == null || stated.getDayOfWeek() != weekday) {
                throw new SourceFormatException(where, "no such date: '" + text + "'");
            }
            if (year != startYear && year != startYear + 1) {
                throw new SourceFormatException(where, "'" + text + "' is no date of season " + season);
            }
            return stated;
        }
        int byMonth = month.getValue() >= Month.JULY.getValue() ? startYear : startYear + 1;
        int otherYear = byMonth == startYear ? startYear + 1 : startYear;
        for (int year : new int[] {byMonth, otherYear}) {
            LocalDate candidate = dateOrNull(year, month, day);
            if (candidate != null && candidate.getDayOfWeek() == weekday) {
                return candidate;
            }
        }
        throw new SourceFormatException(where, "'" + text + "' is no date of season " + season);
    }

    private static <E extends Enum<E>> String fullName(String abbreviation, E[] values) {
        for (E value : values) {
            if (value.name().startsWith(abbreviation.toUpperCase(Locale.ROOT))) {
                return value.name();
            }
        }
        throw new IllegalStateException("the date pattern admits only known abbreviations: " + abbreviation);
    }

    private static LocalDate dateOrNull(int year, Month month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    record Result(Score halfTime, Score fullTime, Score afterExtraTime, Score penalties, String decision) {
    }

    /** Returns null for a fixture without a result. */
    static Result resultOf(String text, SourceLocation where) {
        String decision = null;
        Matcher annotated = ANNOTATION.matcher(text);
        if (annotated.matches()) {
            text = annotated.group(1);
            String note = annotated.group(2).trim();
            switch (note) {
                case "awarded" -> {
                    if (text.isEmpty()) {
                        throw new SourceFormatException(where, "[awarded] without a score");
                    }
                    decision = "awarded";
                }
                case "cancelled" -> {
                    if (!text.isEmpty()) {
                        throw new SourceFormatException(where, "[cancelled] match with a score: '" + text + "'");
                    }
                }
                default -> throw new SourceFormatException(where, "unknown annotation: [" + note + "]");
            }
        }
        if (text.isEmpty()) {
            return null;
        }
        Matcher m = RESULT.matcher(text);
        if (!m.matches()) {
            throw new SourceFormatException(where, "unknown score form: '" + text + "'");
        }
        boolean extraTime = m.group(3) != null;
        Score penalties = m.group(1) == null ? null : MatchChecks.score(m.group(1), where);
        Score first = MatchChecks.score(m.group(2), where);
        Score bracketFirst = m.group(4) == null ? null : MatchChecks.score(m.group(4), where);
        Score bracketSecond = m.group(5) == null ? null : MatchChecks.score(m.group(5), where);
        Result result;
        if (extraTime) {
            if (bracketFirst == null) {
                throw new SourceFormatException(where, "a.e.t. without the full-time score: '" + text + "'");
            }
            result = new Result(bracketSecond, bracketFirst, first, penalties, decision);
        } else {
            if (penalties != null) {
                throw new SourceFormatException(where, "penalties without a.e.t.: '" + text + "'");
            }
            if (bracketSecond != null) {
                throw new SourceFormatException(where, "two bracketed scores without a.e.t.: '" + text + "'");
            }
            result = new Result(bracketFirst, first, null, null, decision);
        }
        if (result.halfTime == null && result.fullTime.equals(new Score(0, 0))) {
            // openfootball leaves out the half-time score of a goalless match; it can only have been 0-0.
            result = new Result(result.fullTime, result.fullTime, result.afterExtraTime, result.penalties, decision);
        }
        MatchChecks.scores(result.halfTime, result.fullTime, result.afterExtraTime, result.penalties, where);
        return result;
    }
}
