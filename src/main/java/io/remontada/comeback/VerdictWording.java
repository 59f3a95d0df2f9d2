package io.remontada.comeback;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import io.remontada.common.Score;
import io.remontada.coverage.CoverageRange;
import io.remontada.coverage.HeldMatches;
import io.remontada.coverage.SpanState;
import io.remontada.match.Season;
import io.remontada.match.Stage;
import io.remontada.rules.ComebackScope;

/**
 * The one sentence a verdict opens with, for a person rather than a program: the evidence for a YES,
 * what the record holds for a NO, and what it lacks for an UNKNOWN. Clients show it as it is.
 */
final class VerdictWording {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    /** Incomplete seasons named in an UNKNOWN, as examples: the sentence stays one sentence. */
    private static final int EXAMPLES = 2;

    private VerdictWording() {
    }

    static String yes(Evidence e) {
        String when = e.season() + " " + competition(e.competition(), e.season()) + " " + stage(e.stage());
        return switch (e.scope()) {
            case FIRST_LEG -> "Yes: " + (e.firstLeg() == null ? goals(e.deficit()) : e.firstLeg().away() + "-" + e.firstLeg().home()) + " down to " + e.opponent()
                    + " after the first leg of the " + when + ", " + result(e.settled()) + " the " + (e.settledReplay() ? "replay " : "second leg ")
                    + e.settled().home() + "-" + e.settled().away() + " " + e.venue() + (e.settledAfterExtraTime() ? " after extra time" : "")
                    + " and went through" + decision(e) + ".";
            case TIE -> "Yes: " + goals(e.deficit()) + " down on aggregate to " + e.opponent() + " during the " + when
                    + ", and went through" + decision(e) + ".";
            case MATCH -> "Yes: " + goals(e.deficit()) + " down to " + e.opponent() + " in the " + when + " on " + DAY.format(e.date())
                    + ", " + matchResult(e) + ".";
        };
    }

    /**
     * @param side        the club's or manager's name
     * @param seen        the side's matches in range
     * @param needsTimes  whether the scope can only see matches with every goal's minute
     * @param spellsKnown whether the record knows every side the subject led (a club is always itself)
     */
    static String unknown(String side, ComebackScope scope, HeldMatches seen, CoverageRange range, boolean needsTimes, boolean spellsKnown,
            Function<String, String> competitionNames) {
        List<String> reasons = new ArrayList<>();
        if (!spellsKnown) {
            reasons.add("the record may not know every side " + side + " managed");
        }
        if (needsTimes && !seen.allTimed()) {
            reasons.add("goal times are known for " + seen.withGoalTimes() + " of " + possessive(side) + " " + matches(seen.matches())
                    + ", and a comeback " + scopeWords(scope) + " can only be seen where they are");
        }
        List<SpanState> incomplete = range.incomplete();
        if (!incomplete.isEmpty()) {
            reasons.add("the record lacks part of " + incomplete.size() + " of the " + range.spans().size()
                    + " competition seasons in range, " + examples(incomplete, competitionNames));
        }
        return "Unknown: " + String.join("; ", reasons) + ".";
    }

    static String no(String side, ComebackScope scope, int deficit, int attempts, HeldMatches seen, CoverageRange range, boolean needsTimes,
            Function<String, String> competitionNames) {
        String what = attempts == 0
                ? side + " never trailed by " + goals(deficit) + " or more " + scopeWords(scope)
                : side + " trailed by " + goals(deficit) + " or more " + scopeWords(scope) + " " + times(attempts) + " and never came back";
        String held = range.spans().isEmpty() ? "there is nothing in range to see"
                : "the record holds every match of " + spanWords(range, competitionNames)
                        + (needsTimes && seen.matches() > 0 ? ", with the goal times of all " + matches(seen.matches()) : "");
        return "No: " + what + "; " + held + ".";
    }

    private static String decision(Evidence e) {
        if (e.decidedBy() == null) {
            return "";
        }
        String aggregate = e.aggregate() == null ? "" : e.aggregate().home() + "-" + e.aggregate().away() + " on aggregate";
        return switch (e.decidedBy()) {
            case AGGREGATE -> " " + aggregate;
            case AWAY_GOALS -> " on away goals (" + aggregate + ")";
            case EXTRA_TIME -> " after extra time (" + aggregate + ")";
            case PENALTIES -> " on penalties" + (e.settledPens() == null ? "" : " " + e.settledPens().home() + "-" + e.settledPens().away())
                    + " (" + aggregate + ")";
            case REPLAY -> " after a replay";
            case COIN_TOSS -> " on the toss of a coin";
            case AWARDED -> " on a result UEFA awarded";
            case WALKOVER -> " by walkover";
            case SINGLE_MATCH -> "";
        };
    }

    private static String matchResult(Evidence e) {
        Score s = e.settled();
        String score = s.home() + "-" + s.away() + (e.settledAfterExtraTime() ? " after extra time" : "");
        if (s.home() > s.away()) {
            return "won " + score;
        }
        Score pens = e.settledPens();
        return "drew " + score + " and won the shoot-out" + (pens == null ? "" : " " + pens.home() + "-" + pens.away());
    }

    private static String result(Score s) {
        return s.home() > s.away() ? "won" : s.home() == s.away() ? "drew" : "lost";
    }

    private static String examples(List<SpanState> incomplete, Function<String, String> competitionNames) {
        // the first gap of each competition tells a reader most: where the record's view of it begins
        Map<String, SpanState> firstOfEach = new LinkedHashMap<>();
        incomplete.forEach(s -> firstOfEach.putIfAbsent(s.key().competition(), s));
        List<String> named = firstOfEach.values().stream().limit(EXAMPLES).map(s -> describe(s, competitionNames)).toList();
        return (incomplete.size() > named.size() ? "e.g. " : "") + String.join(" and ", named);
    }

    private static String describe(SpanState s, Function<String, String> competitionNames) {
        String name = competition(s.key().competition(), s.key().season(), competitionNames) + " " + s.key().season();
        if (s.held().matches() == 0) {
            return name + " (none held)";
        }
        List<Stage> open = new ArrayList<>(s.missing());
        open.addAll(s.unverified());
        return name + " (" + (open.isEmpty() ? "a season the catalogue does not know" : String.join(", ", open.stream().map(VerdictWording::stage).toList())
                + " incomplete") + ")";
    }

    private static String spanWords(CoverageRange range, Function<String, String> competitionNames) {
        Map<String, List<String>> seasonsByCompetition = new LinkedHashMap<>();
        range.spans().forEach(s -> seasonsByCompetition.computeIfAbsent(s.key().competition(), c -> new ArrayList<>()).add(s.key().season()));
        List<String> parts = new ArrayList<>();
        seasonsByCompetition.forEach((code, seasons) -> parts.add(competitionNames.apply(code) + " "
                + (seasons.size() == 1 ? seasons.get(0) : seasons.get(0) + " to " + seasons.get(seasons.size() - 1))));
        return String.join(" and ", parts);
    }

    /** What the competition was called that season, as people say it. */
    static String competition(String code, String season) {
        int year = Season.startYear(season);
        return switch (code) {
            case "UCL" -> year < 1992 ? "European Cup" : "Champions League";
            case "UEL" -> year < 2009 ? "UEFA Cup" : "Europa League";
            case "UECL" -> "Conference League";
            default -> code;
        };
    }

    private static String competition(String code, String season, Function<String, String> competitionNames) {
        String said = competition(code, season);
        return said.equals(code) ? competitionNames.apply(code) : said;
    }

    static String stage(Stage stage) {
        return switch (stage) {
            case PRELIMINARY -> "preliminary round";
            case QUALIFYING -> "qualifying rounds";
            case PLAY_OFF -> "play-off round";
            case FIRST_ROUND -> "first round";
            case SECOND_ROUND -> "second round";
            case GROUP -> "group stage";
            case LEAGUE_PHASE -> "league phase";
            case KNOCKOUT_PLAY_OFF -> "knockout play-offs";
            case ROUND_OF_32 -> "round of 32";
            case ROUND_OF_16 -> "round of 16";
            case QUARTER_FINAL -> "quarter-final";
            case SEMI_FINAL -> "semi-final";
            case FINAL -> "final";
        };
    }

    private static String scopeWords(ComebackScope scope) {
        return switch (scope) {
            case FIRST_LEG -> "after a first leg";
            case TIE -> "on aggregate during a tie";
            case MATCH -> "during a match";
        };
    }

    private static String goals(int n) {
        return n == 1 ? "1 goal" : n + " goals";
    }

    private static String matches(int n) {
        return n == 1 ? "1 match" : n + " matches";
    }

    private static String times(int n) {
        return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
    }

    private static String possessive(String name) {
        return name.endsWith("s") ? name + "'" : name + "'s";
    }
}
