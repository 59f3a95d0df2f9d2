package io.remontada.importer.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.remontada.common.Score;
import io.remontada.importer.format.FootballTxtParser.Result;
import io.remontada.importer.format.SourceGoal.Side;

/**
 * Reads the goal lines of openfootball's Football.TXT files as they were written from 2014 to 2020, before the project
 * replaced them with score-only files: the only open record of goal minutes for the Champions League seasons it
 * covers. A file's match lines have no country codes and put the score between the clubs; the goal line under a
 * match lists its scorers, the home side's before a {@code ;}, the away side's after it:
 *
 * <pre>
 * [Tue Sep/13]
 *   20.45  Arsenal              2-2  Paris Saint-Germain  @ Emirates Stadium, London
 *            [Giroud 45+1' (pen.) Verratti 60' (o.g.); Cavani 18' Iwobi 77' (o.g.)]
 * </pre>
 *
 * A scorer may have several minutes ({@code Özil 56', 83', 87'}); {@code 90+3'} is stoppage time, 91 to 120 extra
 * time; {@code (pen.)} marks a penalty, {@code (o.g.)} an own goal, listed on the side it counts for; {@code -} is a
 * side without goals, and a line without {@code ;} has home goals only. Dates and scores read as in
 * {@link FootballTxtParser}.
 *
 * <p>Lines that start in the first column are dates ({@code [Tue Sep/13]}; no other line there is bracketed) or
 * headings (rounds, groups, matchdays, titles in several styles over the years), which are skipped: a match is found
 * in the record by its day and clubs. Indented lines are match lines or goal lines, and anything else there is
 * refused.
 *
 * <p>A match with a goal line, or goalless, has its whole timeline here; a match with goals but no goal line (some
 * files time only their later rounds) is only counted. A goal line that does not add up to its match's score, by
 * minute 90 and at the end, is refused: a wrong timeline would produce wrong deficits.
 *
 * <p>The same layout holds the files openfootball wrote for seasons and rounds its later files dropped (the European
 * Cup's semi-finals and finals of 1955-56 to 1972-73, qualifying rounds, Europa League knockout rounds), which the
 * record reads for their matches ({@link HistoryFileReader}): so every match read is also kept with the heading it
 * stands under ({@link GoalFile#read}). Those files date the oldest seasons without a weekday ({@code [Apr/4]}: the
 * month puts it in the season's first or second year) and list fixtures not yet played without a score
 * ({@code Levadia Tallinn  v  Sparta Praha}, {@code Juventus  -  Olympique Lyonnais}), which are counted, not read.
 */
public final class GoalFileParser {

    private static final Pattern BRACKETED_DATE = Pattern.compile("\\[(.*)]");
    private static final Pattern DATE_WITHOUT_WEEKDAY = Pattern.compile("(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/(\\d{1,2})");
    // "-" only as a column of its own: "4 - 3" is a score written otherwise, and refused
    private static final Pattern FIXTURE_LINE = Pattern.compile("(?:\\d{1,2}\\.\\d{2}\\s+)?\\S.*?(?:\\s+v\\s+|\\s{2,}-\\s{2,})[^@]+?(?:\\s+@.*)?");
    private static final Pattern MATCH_LINE = Pattern.compile("(?:\\d{1,2}\\.\\d{2}\\s+)?(.+?)\\s+"
            + "(\\d+-\\d+(?:\\s+pen\\.\\s+\\d+-\\d+)?(?:\\s+a\\.e\\.t\\.)?(?:\\s+\\([^)]*\\))?)\\s+([^@\\[\\]]+?)(?:\\s+@.*)?");
    private static final String MINUTE = "\\d{1,3}(?:\\+\\d{1,2})?'(?:\\s*\\((?:pen\\.|o\\.g\\.)\\))?";
    private static final Pattern SCORER = Pattern.compile("\\G\\s*(\\S.*?)\\s+(" + MINUTE + "(?:\\s*,\\s*" + MINUTE + ")*)");
    private static final Pattern ONE_MINUTE = Pattern.compile("(\\d{1,3})(?:\\+(\\d{1,2}))?'(?:\\s*\\((pen\\.|o\\.g\\.)\\))?");

    private GoalFileParser() {
    }

    /**
     * @param fileName    how errors and locations name the file
     * @param competition the code of the competition the file covers, passed through to the result
     * @param season      "2015-16" style, the season the file covers (dates without a year lie in it)
     * @param corrections reviewed readings of lines of this file that are wrong as written; every one must apply
     */
    public static GoalFile parse(String fileName, String competition, String season, Reader in, List<LineCorrection> corrections) {
        Map<Integer, LineCorrection> byLine = new HashMap<>();
        corrections.forEach(c -> byLine.put(c.line(), c));
        ReadingState state = new ReadingState(FootballTxtParser.parseSeason(season), season);
        try (BufferedReader lines = new BufferedReader(in)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                LineCorrection correction = byLine.remove(number);
                if (correction != null) {
                    if (!line.contains(correction.written())) {
                        throw new SourceFormatException(correction.reviewedAt(),
                                fileName + ":" + number + " no longer says '" + correction.written() + "'");
                    }
                    line = line.replace(correction.written(), correction.readAs());
                }
                state.readLine(number == 1 ? line.replace("\uFEFF", "") : line, new SourceLocation(fileName, number));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fileName, e);
        }
        state.endOfMatch();
        if (!byLine.isEmpty()) {
            LineCorrection unused = byLine.values().iterator().next();
            throw new SourceFormatException(unused.reviewedAt(), fileName + " has no line " + unused.line());
        }
        return new GoalFile(fileName, competition, season, state.timed, state.untimed, state.read, state.unplayed);
    }

    /** A match line read, waiting for the goal line that may follow it. */
    private record PendingMatch(SourceLocation location, LocalDate date, String home, String away, Result result, String heading) {
    }

    private static final class ReadingState {
        private final int startYear;
        private final String season;
        private final List<GoalFileMatch> timed = new ArrayList<>();
        private final List<GoalFileMatch> read = new ArrayList<>();
        private int untimed;
        private int unplayed;
        private LocalDate date;
        private String heading;
        private PendingMatch pending;

        ReadingState(int startYear, String season) {
            this.startYear = startYear;
            this.season = season;
        }

        void readLine(String line, SourceLocation where) {
            String text = Comments.strip(line).trim();
            if (text.isEmpty()) {
                return;
            }
            if (!Character.isWhitespace(line.charAt(0))) {
                endOfMatch();
                Matcher bracketed = BRACKETED_DATE.matcher(text);
                if (bracketed.matches()) {
                    date = dateOf(bracketed.group(1).trim(), text, where);
                } else {
                    heading = text;
                }
                return;
            }
            if (text.startsWith("[")) {
                readGoalLine(text, where);
                return;
            }
            Matcher matchLine = MATCH_LINE.matcher(text);
            if (!matchLine.matches()) {
                if (FIXTURE_LINE.matcher(text).matches()) {
                    endOfMatch();
                    unplayed++;
                    return;
                }
                throw new SourceFormatException(where, "unrecognised line: '" + text + "'");
            }
            if (date == null) {
                throw new SourceFormatException(where, "match before any date");
            }
            Result result = FootballTxtParser.resultOf(matchLine.group(2), where);
            endOfMatch();
            pending = new PendingMatch(where, date, matchLine.group(1), matchLine.group(3).trim(), result, heading);
        }

        /** {@code [Tue Sep/13]} as in every Football.TXT file, or {@code [Apr/4]}, whose month alone puts it in the season. */
        private LocalDate dateOf(String inBrackets, String text, SourceLocation where) {
            Matcher dateLine = FootballTxtParser.DATE_LINE.matcher(inBrackets);
            if (dateLine.matches()) {
                return FootballTxtParser.dateOf(dateLine, startYear, season, where);
            }
            Matcher withoutWeekday = DATE_WITHOUT_WEEKDAY.matcher(inBrackets);
            if (!withoutWeekday.matches()) {
                throw new SourceFormatException(where, "a bracketed line in the first column is a date, not '" + text + "'");
            }
            Month month = Month.valueOf(Arrays.stream(Month.values()).map(Month::name)
                    .filter(name -> name.startsWith(withoutWeekday.group(1).toUpperCase(Locale.ROOT))).findFirst().orElseThrow());
            int year = month.getValue() >= Month.JULY.getValue() ? startYear : startYear + 1;
            try {
                return LocalDate.of(year, month, Integer.parseInt(withoutWeekday.group(2)));
            } catch (DateTimeException e) {
                throw new SourceFormatException(where, "no such date: '" + text + "'");
            }
        }

        /** The match read last has no goal line: goalless, its timeline is known all the same. */
        void endOfMatch() {
            if (pending != null) {
                GoalFileMatch goalless = timedMatch(pending, List.of());
                read.add(goalless);
                if (goalless.finalScore().equals(new Score(0, 0))) {
                    timed.add(goalless);
                } else {
                    untimed++;
                }
                pending = null;
            }
        }

        private void readGoalLine(String text, SourceLocation where) {
            if (pending == null) {
                throw new SourceFormatException(where, "goal line without a match above it: '" + text + "'");
            }
            if (!text.endsWith("]")) {
                throw new SourceFormatException(where, "goal line without its closing ']': '" + text + "'");
            }
            String[] sides = text.substring(1, text.length() - 1).split(";", -1);
            if (sides.length > 2) {
                throw new SourceFormatException(where, "goal line with more than two sides: '" + text + "'");
            }
            List<SourceGoal> goals = new ArrayList<>(side(sides[0], Side.HOME, where));
            if (sides.length == 2) {
                goals.addAll(side(sides[1], Side.AWAY, where));
            }
            GoalFileMatch match = timedMatch(pending, goals);
            checkAddsUp(match, where);
            timed.add(match);
            read.add(match);
            pending = null;
        }

        private GoalFileMatch timedMatch(PendingMatch m, List<SourceGoal> goals) {
            return new GoalFileMatch(m.location(), m.date(), m.home(), m.away(), m.result().fullTime(), m.result().afterExtraTime(),
                    m.result().penalties(), goals, m.result().halfTime(), m.heading());
        }

        private static List<SourceGoal> side(String text, Side side, SourceLocation where) {
            String scorers = text.trim();
            List<SourceGoal> goals = new ArrayList<>();
            if (scorers.equals("-") || scorers.isEmpty()) {
                return goals;
            }
            Matcher scorer = SCORER.matcher(scorers);
            int end = 0;
            while (end < scorers.length() && scorer.find()) {
                Matcher minute = ONE_MINUTE.matcher(scorer.group(2));
                while (minute.find()) {
                    goals.add(goal(scorer.group(1), minute, side, where));
                }
                end = scorer.end();
            }
            if (end < scorers.length()) {
                throw new SourceFormatException(where, "cannot read the scorers '" + scorers.substring(end).trim() + "'");
            }
            return goals;
        }

        private static SourceGoal goal(String scorer, Matcher minute, Side side, SourceLocation where) {
            int clock = Integer.parseInt(minute.group(1));
            Integer stoppage = minute.group(2) == null ? null : Integer.parseInt(minute.group(2));
            if (clock < 1 || clock > 120) {
                throw new SourceFormatException(where, "no such goal minute: " + minute.group());
            }
            // added time follows only the end of a half: 45, 90, and 105 and 120 in extra time
            if (stoppage != null && (stoppage < 1 || (clock != 45 && clock != 90 && clock != 105 && clock != 120))) {
                throw new SourceFormatException(where, "no such stoppage time: " + minute.group());
            }
            String kind = minute.group(3);
            return new SourceGoal(clock, stoppage, scorer, "pen.".equals(kind), "o.g.".equals(kind), side);
        }

        /** Minutes up to 90 (with their stoppage time) make the full-time score, all of them the final score. */
        private static void checkAddsUp(GoalFileMatch match, SourceLocation where) {
            Score regular = count(match.goals(), true);
            Score extra = count(match.goals(), false);
            Score whole = new Score(regular.home() + extra.home(), regular.away() + extra.away());
            if (!regular.equals(match.fullTime())) {
                throw new SourceFormatException(where, "the goals up to minute 90 make " + regular + " but the match line at "
                        + match.location() + " says " + match.fullTime() + " after 90 minutes");
            }
            if (!whole.equals(match.finalScore())) {
                throw new SourceFormatException(where, "the goals make " + whole + " but the match line at " + match.location()
                        + " says " + match.finalScore() + (match.afterExtraTime() == null ? " with no extra time" : " after extra time"));
            }
        }

        private static Score count(List<SourceGoal> goals, boolean regularTime) {
            int home = 0;
            int away = 0;
            for (SourceGoal goal : goals) {
                if ((goal.minute() <= 90) == regularTime) {
                    home += goal.countsFor() == Side.HOME ? 1 : 0;
                    away += goal.countsFor() == Side.AWAY ? 1 : 0;
                }
            }
            return new Score(home, away);
        }
    }
}
