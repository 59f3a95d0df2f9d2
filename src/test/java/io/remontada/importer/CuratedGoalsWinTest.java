package io.remontada.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.remontada.common.Score;
import io.remontada.importer.GoalStore.Timeline;
import io.remontada.importer.format.GoalFile;
import io.remontada.importer.format.GoalFileParser;
import io.remontada.importer.format.RoundKind;
import io.remontada.importer.format.SourceFormatException;
import io.remontada.importer.format.SourceLocation;
import io.remontada.importer.tables.GoalTable.GoalRow;
import io.remontada.rules.MatchFacts;

/** Where the curated facts and a goal file both time a match, the curated goals are written, and the two must agree. */
class CuratedGoalsWinTest {

    private static final ClubIdentity ROMA = ClubIdentity.of("R:ITA:as roma", "AS Roma", "ITA", null, null, null);
    private static final ClubIdentity BARCELONA = ClubIdentity.of("R:ESP:fc barcelona", "FC Barcelona", "ESP", null, null, null);
    private static final Map<String, Long> CLUB_IDS = Map.of(ROMA.identity(), 1L, BARCELONA.identity(), 2L);
    private static final LocalDate APRIL_10 = LocalDate.of(2018, 4, 10);
    private static final MergedMatch ROME = new MergedMatch(new SourceLocation("record.txt", 1), "UCL", "2017-18", "Quarter-finals",
            RoundKind.KNOCKOUT, 2, false, APRIL_10, club(ROMA, "Roma"), club(BARCELONA, "Barcelona"), null, new Score(3, 0), null, null);
    private static final Map<MergedMatch.MatchKey, Long> MATCH_IDS = Map.of(ROME.key(), 7L);
    private static final MatchFacts STORED = new MatchFacts(7L, APRIL_10, 1L, 2L, new Score(3, 0), null, null, null, false, false);

    private static ClubIdentity club(ClubIdentity club, String alias) {
        club.names().add(alias);
        return club;
    }

    /** 2017-18/cl_finals.txt, as bundled. */
    private static List<GoalFileMatcher.Attached> goalFile() {
        GoalFile file = GoalFileParser.parse("2017-18/cl_finals.txt", "UCL", "2017-18", new StringReader("""
                [Tue Apr/10]
                  20.45  Roma                 3-0  Barcelona            @ Stadio Olimpico, Rome
                           [Džeko 6' De Rossi 58' (pen.) Manolas 82']
                """), List.of());
        return GoalFileMatcher.attach(List.of(file), List.of(ROME));
    }

    private static Timeline curated(int manolasMinute) {
        return new Timeline(STORED, List.of(new GoalRow(6, null, 1L, "Džeko", false, false), new GoalRow(58, null, 1L, "De Rossi", false, true),
                new GoalRow(manolasMinute, null, 1L, "Manolas", false, false)), true, new SourceLocation("curated/facts.txt", 55));
    }

    @Test
    void theGoalFilesTimelineIsLeftOutWhereTheCuratedOneTellsTheSameStory() {
        assertEquals(List.of(), ImportService.goalFileTimelines(goalFile(), List.of(curated(82)), MATCH_IDS, CLUB_IDS));
        assertEquals(1, ImportService.goalFileTimelines(goalFile(), List.of(), MATCH_IDS, CLUB_IDS).size());
    }

    @Test
    void aGoalFileThatDisagreesWithTheCuratedGoalsIsRefusedAtItsLine() {
        SourceFormatException e = assertThrows(SourceFormatException.class,
                () -> ImportService.goalFileTimelines(goalFile(), List.of(curated(81)), MATCH_IDS, CLUB_IDS));
        assertEquals(new SourceLocation("2017-18/cl_finals.txt", 2), e.location());
    }
}
