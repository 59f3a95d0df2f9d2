package io.remontada.importer.format;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the matches of the Football.TXT files openfootball once wrote and later dropped: the European Cup's
 * semi-finals and finals of 1955-56 to 1972-73 ({@code cup.txt}), Champions League qualifying rounds
 * ({@code cl_quali.txt}, {@code cl_round1.txt}, {@code cl_playoffs.txt}), Europa League knockout rounds
 * ({@code el_finals.txt}). They are laid out as the goal files are (score between the clubs, no country codes), so
 * {@link GoalFileParser} reads them; this class puts what it read into the record's terms.
 *
 * <p>Headings map onto {@link Rounds}; a heading's leg ({@code 1st Leg}) is left to the dates, as in every other
 * source ({@link Ties}):
 * <table>
 * <caption>history heading to canonical round</caption>
 * <tr><th>heading</th><th>canonical round</th><th>kind</th></tr>
 * <tr><td>Preliminary Semifinals</td><td>Preliminary round, semi-finals</td><td>KNOCKOUT</td></tr>
 * <tr><td>Preliminary Final</td><td>Preliminary round, final</td><td>KNOCKOUT</td></tr>
 * <tr><td>Qual. Round N, N. Round[, 1st Leg]</td><td>First / Second / Third qualifying round</td><td>KNOCKOUT</td></tr>
 * <tr><td>Playoff Round, Play-off Round[ - 1st Leg]</td><td>Play-off round</td><td>KNOCKOUT</td></tr>
 * <tr><td>Round of 32, Round of 16[ - 1st Leg]</td><td>Round of 32, Round of 16</td><td>KNOCKOUT</td></tr>
 * <tr><td>Quarter-finals, Quarterfinals[ - 1st Leg]</td><td>Quarter-finals</td><td>KNOCKOUT</td></tr>
 * <tr><td>Semi-finals, Semifinals[, 1st leg]</td><td>Semi-finals</td><td>KNOCKOUT</td></tr>
 * <tr><td>Semi-finals, Replay</td><td>Semi-finals (a replay)</td><td>KNOCKOUT</td></tr>
 * <tr><td>Final</td><td>Final</td><td>FINAL</td></tr>
 * </table>
 * The files write no country codes, so every club's association comes from a reviewed list of the names they use
 * ({@code openfootball-history/clubs.tsv}), which may also give the name another source uses for a club the register
 * would otherwise mistake; a name it lacks is refused at its line.
 */
public final class HistoryFileReader {

    private static final Pattern LEG_SUFFIX = Pattern.compile("(.*?)(?:\\s*[-,]\\s*(?:1st|2nd) [Ll]eg)?");
    private static final Pattern QUALIFYING_ROUND = Pattern.compile("Qual\\. Round ([1-3])|([1-3])\\. Round");
    private static final String[] QUALIFYING_ROUNDS = {
            Rounds.FIRST_QUALIFYING_ROUND, Rounds.SECOND_QUALIFYING_ROUND, Rounds.THIRD_QUALIFYING_ROUND};

    private HistoryFileReader() {
    }

    private record Round(String name, RoundKind kind, boolean replay) {
    }

    /**
     * @param competition "UCL" or "UEL", the competition the file covers
     * @param season      "2018-19" style
     * @param clubs       every club name the file uses: the club it names, with its association
     * @param corrections reviewed readings of lines that cannot be read as written; every one must apply
     */
    public static ParsedFile read(String fileName, String competition, String season, Reader in, Map<String, SourceClub> clubs,
            List<LineCorrection> corrections) {
        GoalFile file = GoalFileParser.parse(fileName, competition, season, in, corrections);
        List<SourceMatch> matches = new ArrayList<>();
        for (GoalFileMatch m : file.read()) {
            Round round = roundOf(m.heading(), m.location());
            matches.add(new SourceMatch(m.location(), competition, season, round.name(), round.kind(), null, round.replay(), m.date(),
                    club(m.home(), clubs, m.location()), club(m.away(), clubs, m.location()), m.halfTime(), m.fullTime(),
                    m.afterExtraTime(), m.penalties(), null, null));
        }
        return new ParsedFile(fileName, Ties.assignLegs(matches), file.unplayed());
    }

    private static SourceClub club(String name, Map<String, SourceClub> clubs, SourceLocation where) {
        SourceClub club = clubs.get(name);
        if (club == null) {
            throw new SourceFormatException(where, "no association for club '" + name + "': add it to the list of club names");
        }
        return club;
    }

    private static Round roundOf(String heading, SourceLocation where) {
        if (heading == null) {
            throw new SourceFormatException(where, "match before any round heading");
        }
        if (heading.equals("Semi-finals, Replay")) {
            return new Round(Rounds.SEMI_FINALS, RoundKind.KNOCKOUT, true);
        }
        Matcher withoutLeg = LEG_SUFFIX.matcher(heading);
        String label = withoutLeg.matches() ? withoutLeg.group(1) : heading;
        Matcher qualifying = QUALIFYING_ROUND.matcher(label);
        if (qualifying.matches()) {
            String n = qualifying.group(1) != null ? qualifying.group(1) : qualifying.group(2);
            return new Round(QUALIFYING_ROUNDS[Integer.parseInt(n) - 1], RoundKind.KNOCKOUT, false);
        }
        String name = switch (label) {
            case "Preliminary Semifinals" -> Rounds.PRELIMINARY_SEMI_FINALS;
            case "Preliminary Final" -> Rounds.PRELIMINARY_FINAL;
            case "Playoff Round", "Play-off Round" -> Rounds.PLAY_OFF_ROUND;
            case "Round of 32" -> Rounds.ROUND_OF_32;
            case "Round of 16" -> Rounds.ROUND_OF_16;
            case "Quarter-finals", "Quarterfinals" -> Rounds.QUARTER_FINALS;
            case "Semi-finals", "Semifinals" -> Rounds.SEMI_FINALS;
            case "Final" -> Rounds.FINAL;
            default -> throw new SourceFormatException(where, "unknown round heading: '" + heading + "'");
        };
        return new Round(name, name.equals(Rounds.FINAL) ? RoundKind.FINAL : RoundKind.KNOCKOUT, false);
    }
}
