package io.remontada.importer.format;

import java.util.regex.Pattern;

/**
 * The canonical round names every source is mapped onto, so that one real round gets one name whatever file it
 * comes from. The per-source mapping is documented on each parser.
 */
public final class Rounds {

    public static final String PRELIMINARY_ROUND = "Preliminary round";
    /** The preliminary round from 2018-19 on is a small tournament of single matches: its semi-finals, then its final. */
    public static final String PRELIMINARY_SEMI_FINALS = "Preliminary round, semi-finals";
    public static final String PRELIMINARY_FINAL = "Preliminary round, final";
    public static final String FIRST_QUALIFYING_ROUND = "First qualifying round";
    public static final String SECOND_QUALIFYING_ROUND = "Second qualifying round";
    public static final String THIRD_QUALIFYING_ROUND = "Third qualifying round";
    public static final String PLAY_OFF_ROUND = "Play-off round";
    public static final String FIRST_ROUND = "First round";
    public static final String SECOND_ROUND = "Second round";
    public static final String ROUND_OF_32 = "Round of 32";
    public static final String ROUND_OF_16 = "Round of 16";
    public static final String QUARTER_FINALS = "Quarter-finals";
    public static final String SEMI_FINALS = "Semi-finals";
    public static final String FINAL = "Final";
    /** The league phase from 2024-25 on. */
    public static final String LEAGUE_PHASE = "League phase";
    /** The two-legged knockout round play-offs between the group stage or league phase and the round of 16. */
    public static final String KNOCKOUT_PLAY_OFFS = "Knockout play-offs";
    /** A group stage whose source does not say which group a match belongs to (openfootball 2023-24 cl.txt). */
    public static final String GROUP_STAGE = "Group stage";

    private static final Pattern GROUP_LETTER = Pattern.compile("[A-L]");

    private Rounds() {
    }

    /** "Group A" .. "Group L". */
    public static String group(String letter) {
        requireGroupLetter(letter);
        return "Group " + letter;
    }

    /** A group of the first group stage of 1999-2000 to 2002-03, e.g. "First group stage, Group A". */
    public static String firstGroupStageGroup(String letter) {
        return "First group stage, " + group(letter);
    }

    /** A group of the second group stage of 1999-2000 to 2002-03, e.g. "Second group stage, Group A". */
    public static String secondGroupStageGroup(String letter) {
        return "Second group stage, " + group(letter);
    }

    private static void requireGroupLetter(String letter) {
        if (!GROUP_LETTER.matcher(letter).matches()) {
            throw new IllegalArgumentException("not a group letter: " + letter);
        }
    }
}
