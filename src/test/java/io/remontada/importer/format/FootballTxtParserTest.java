package io.remontada.importer.format;

import io.remontada.common.Score;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FootballTxtParserTest {

    /** The day the files here are as of: after every season they cover, so each of their matches has been played. */
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

    private static ParsedFile parse(String fileName, String season, String text) {
        return FootballTxtParser.parse(fileName, "UCL", season, AS_OF, new StringReader(text));
    }

    private static ParsedFile parse(String text) {
        return parse("2018-19/cl.txt", "2018-19", text);
    }

    private static SourceFormatException failure(String text) {
        return assertThrows(SourceFormatException.class, () -> parse(text));
    }

    @Test
    void readsAGroupRoundWithKickOffTimesAndInfersYearsAcrossTheNewYear() {
        ParsedFile file = parse("""
                = UEFA Champions League 2018/19

                # Date       Tue Sep/18 2018 - Sat Jun/1 2019 (256d)
                # Teams      32

                » Group A
                  Tue Sep/18 2018
                    21.00  AS Monaco (FRA)         v Atlético Madrid (ESP)    1-2 (1-2)
                           Club Brugge KV (BEL)    v Borussia Dortmund (GER)  0-1 (0-0)
                  Wed Oct/3
                    21.00  Borussia Dortmund (GER) v AS Monaco (FRA)          3-0
                  Tue Feb/12
                    21.00  1. FC Union Berlin (GER) v 1899 Hoffenheim (GER)   0-0
                """);
        assertEquals("2018-19/cl.txt", file.file());
        assertEquals(0, file.unplayedFixtures());
        List<SourceMatch> m = file.matches();
        assertEquals(4, m.size());

        SourceMatch first = m.get(0);
        assertEquals(new SourceLocation("2018-19/cl.txt", 8), first.location());
        assertEquals("UCL", first.competition());
        assertEquals("2018-19", first.season());
        assertEquals("Group A", first.round());
        assertEquals(RoundKind.GROUP, first.roundKind());
        assertNull(first.leg());
        assertFalse(first.replay());
        assertEquals(LocalDate.of(2018, 9, 18), first.date());
        assertEquals(new SourceClub("AS Monaco", "FRA"), first.home());
        assertEquals(new SourceClub("Atlético Madrid", "ESP"), first.away());
        assertEquals(new Score(1, 2), first.halfTime());
        assertEquals(new Score(1, 2), first.fullTime());
        assertNull(first.afterExtraTime());
        assertNull(first.penalties());
        assertNull(first.statedTieWinner());
        assertNull(first.statedDecision());

        assertEquals(LocalDate.of(2018, 9, 18), m.get(1).date());
        assertEquals(LocalDate.of(2018, 10, 3), m.get(2).date());
        assertNull(m.get(2).halfTime());
        assertEquals(new Score(3, 0), m.get(2).fullTime());
        assertEquals(LocalDate.of(2019, 2, 12), m.get(3).date());
        assertEquals(new SourceClub("1. FC Union Berlin", "GER"), m.get(3).home());
        assertEquals(new SourceClub("1899 Hoffenheim", "GER"), m.get(3).away());
    }

    @Test
    void anExplicitYearWins() {
        ParsedFile file = parse("""
                » Final
                  Sat Jun/1 2019
                    21.00  Tottenham Hotspur (ENG) v Liverpool FC (ENG)  0-2 (0-1)
                """);
        SourceMatch finalMatch = file.matches().get(0);
        assertEquals(LocalDate.of(2019, 6, 1), finalMatch.date());
        assertEquals(RoundKind.FINAL, finalMatch.roundKind());
        assertEquals("Final", finalMatch.round());
        assertNull(finalMatch.leg());
    }

    @Test
    void theWeekdayMovesAYearlessDateIntoTheOtherSeasonYear() {
        // 2019-20 was finished in August 2020; 7 August 2019 was a Wednesday, 7 August 2020 a Friday.
        ParsedFile file = parse("2019-20/cl.txt", "2019-20", """
                » Round of 16
                  Fri Aug/7
                    21.00  Juventus (ITA)  v Olympique Lyonnais (FRA)  2-1 (1-1)
                """);
        assertEquals(LocalDate.of(2020, 8, 7), file.matches().get(0).date());
    }

    @Test
    void aWeekdayThatFitsNeitherSeasonYearIsAnError() {
        SourceFormatException e = failure("""
                » Group A
                  Mon Sep/18
                    AS Monaco (FRA) v Atlético Madrid (ESP)  1-2
                """);
        assertEquals("2018-19/cl.txt:2: 'Mon Sep/18' is no date of season 2018-19", e.getMessage());
        assertEquals(new SourceLocation("2018-19/cl.txt", 2), e.location());
    }

    @Test
    void anExplicitYearWithTheWrongWeekdayIsAnError() {
        assertEquals("2018-19/cl.txt:2: no such date: 'Wed Sep/18 2018'", failure("""
                » Group A
                  Wed Sep/18 2018
                """).getMessage());
    }

    @Test
    void readsEveryScoreForm() {
        ParsedFile file = parse("2024-25/elq.txt", "2024-25", """
                » Round 1
                  Tue Jul/16 2024
                    Ballkani (KOS)   v Santa Coloma (AND)  5-6 pen. 1-2 a.e.t. (0-1, 0-0)
                    Borac (BIH)      v Ferencváros (HUN)   2-3 pen. 1-1 a.e.t. (0-0)
                    Celje (SVN)      v Flora (EST)         4-1 a.e.t. (3-1, 1-0)
                    Plzeň (CZE)      v Servette (SUI)      3-2 a.e.t. (2-2)
                    Differdange (LUX) v Klaksvík (FRO)      0-0
                    Dnipro-1 (UKR)   v Puskás (HUN)        0-3    [awarded]
                """);
        List<SourceMatch> m = file.matches();

        assertEquals(new Score(5, 6), m.get(0).penalties());
        assertEquals(new Score(1, 2), m.get(0).afterExtraTime());
        assertEquals(new Score(0, 1), m.get(0).fullTime());
        assertEquals(new Score(0, 0), m.get(0).halfTime());

        assertEquals(new Score(2, 3), m.get(1).penalties());
        assertEquals(new Score(1, 1), m.get(1).afterExtraTime());
        assertEquals(new Score(0, 0), m.get(1).fullTime());
        assertEquals(new Score(0, 0), m.get(1).halfTime(), "a goalless full time implies a goalless half time");

        assertNull(m.get(2).penalties());
        assertEquals(new Score(4, 1), m.get(2).afterExtraTime());
        assertEquals(new Score(3, 1), m.get(2).fullTime());
        assertEquals(new Score(1, 0), m.get(2).halfTime());

        assertEquals(new Score(3, 2), m.get(3).afterExtraTime());
        assertEquals(new Score(2, 2), m.get(3).fullTime());
        assertNull(m.get(3).halfTime());

        assertEquals(new Score(0, 0), m.get(4).fullTime());
        assertEquals(new Score(0, 0), m.get(4).halfTime());

        assertEquals(new Score(0, 3), m.get(5).fullTime());
        assertEquals("awarded", m.get(5).statedDecision());
        assertEquals("First qualifying round", m.get(5).round());
    }

    @Test
    void countsCancelledMatchesAndFixturesOnOrAfterTheFileDayAsUnplayed() {
        String season = """
                » Group C
                  Thu Dec/9
                    RB Leipzig (GER)  v Spartak Moskva (RUS)  [cancelled]
                » Semifinals
                  Wed May/18 2022
                    Arsenal FC (ENG)  v Real Madrid CF (ESP)  2-1 (1-0)
                » Final
                  Sat May/28 2022
                    18.00  Paris Saint-Germain FC (FRA) v Arsenal FC (ENG)
                """;
        for (LocalDate asOf : List.of(LocalDate.of(2022, 5, 20), LocalDate.of(2022, 5, 28))) {
            ParsedFile file = FootballTxtParser.parse("2021-22/el.txt", "UEL", "2021-22", asOf, new StringReader(season));
            assertEquals(1, file.matches().size());
            assertEquals(2, file.unplayedFixtures());
        }
        SourceFormatException cutShort = assertThrows(SourceFormatException.class,
                () -> FootballTxtParser.parse("2021-22/el.txt", "UEL", "2021-22", LocalDate.of(2022, 5, 29), new StringReader(season)));
        assertEquals("2021-22/el.txt:9: no result for a match of 2022-05-28, before 2022-05-29, the day the file is as of: "
                + "is the line cut short?", cutShort.getMessage());
    }

    @Test
    void aFileCutShortAfterADateOrRoundHeadingIsAnError() {
        String played = """
                » Semifinals
                  Tue May/7 2019
                    21.00  Liverpool FC (ENG) v FC Barcelona (ESP)  4-0 (1-0)
                """;
        assertEquals("2018-19/cl.txt:5: no match under this line: is the file cut short?", failure(played + """
                » Final
                  Sat Jun/1
                """).getMessage());
        assertEquals("2018-19/cl.txt:4: no match under this line: is the file cut short?", failure(played + "» Final\n").getMessage());
        assertEquals("2018-19/cl.txt:4: no match under this line: is the file cut short?", failure(played + """
                  Wed May/8
                » Final
                  Sat Jun/1
                    21.00  Tottenham Hotspur (ENG) v Liverpool FC (ENG)  0-2 (0-1)
                """).getMessage());
    }

    @Test
    void aFileWithoutAPlayedMatchIsAnError() {
        assertEquals("2018-19/cl.txt:1: no played match in the file", failure("").getMessage());
        assertEquals("2018-19/cl.txt:1: no played match in the file", failure("= UEFA Champions League 2018/19\n# Teams 32\n").getMessage());
        assertEquals("2018-19/cl.txt:1: no played match in the file", assertThrows(SourceFormatException.class,
                () -> FootballTxtParser.parse("2018-19/cl.txt", "UCL", "2018-19", LocalDate.of(2019, 5, 1), new StringReader("""
                        » Final
                          Sat Jun/1
                            21.00  Tottenham Hotspur (ENG) v Liverpool FC (ENG)
                        """))).getMessage());
    }

    @Test
    void valuesNoRealMatchHasAreErrorsAtTheirLine() {
        assertEquals("2018-19/cl.txt:3: a club cannot play itself: Liverpool FC v Liverpool FC", failure("""
                » Group A
                  Tue Sep/18 2018
                    Liverpool FC (ENG) v Liverpool FC (ENG)  1-0
                """).getMessage());
        assertEquals("2018-19/cl.txt:3: score 100-0: more than 99 goals is no real result", failure("""
                » Group A
                  Tue Sep/18 2018
                    A (AAA) v B (BBB)  100-0
                """).getMessage());
        assertEquals("2018-19/cl.txt:3: score 99999999999-0: more than 99 goals is no real result", failure("""
                » Group A
                  Tue Sep/18 2018
                    A (AAA) v B (BBB)  99999999999-0 (0-0)
                """).getMessage());
        assertEquals("2018-19/cl.txt:3: score 5-100: more than 99 goals is no real result", failure("""
                » Final
                  Sat Jun/1 2019
                    A (AAA) v B (BBB)  5-100 pen. 1-1 a.e.t. (1-1, 0-0)
                """).getMessage());
        assertEquals("2018-19/cl.txt:3: a result for a match of 2019-06-01, after 2019-05-31, the day the file is as of",
                assertThrows(SourceFormatException.class, () -> FootballTxtParser.parse("2018-19/cl.txt", "UCL", "2018-19",
                        LocalDate.of(2019, 5, 31), new StringReader("""
                                » Final
                                  Sat Jun/1 2019
                                    21.00  Tottenham Hotspur (ENG) v Liverpool FC (ENG)  0-2 (0-1)
                                """))).getMessage());
        assertEquals("2018-19/cl.txt:2: 'Tue Sep/15 2020' is no date of season 2018-19", failure("""
                » Group A
                  Tue Sep/15 2020
                    A (AAA) v B (BBB)  1-0
                """).getMessage());
    }

    @Test
    void mapsHeadingVariantsToCanonicalRounds() {
        ParsedFile file = parse("2020-21/el.txt", "2020-21", """
                » Gruppe H
                  Thu Oct/22 2020
                    A (AAA) v B (BBB)  1-0
                » Sechzehntelfinale
                  Thu Feb/18 2021
                    A (AAA) v B (BBB)  1-0
                » Finals, Quarterfinals
                  Thu Apr/8
                    A (AAA) v B (BBB)  1-0
                » Semifinals
                  Thu Apr/29
                    A (AAA) v B (BBB)  1-0
                » League phase
                  Thu Oct/22
                    A (AAA) v C (CCC)  1-0
                » Playoffs
                  Thu Feb/18
                    A (AAA) v C (CCC)  1-0
                » Finals, Final
                  Wed May/26
                    A (AAA) v B (BBB)  1-0
                """);
        assertEquals(List.of("Group H", "Round of 32", "Quarter-finals", "Semi-finals", "League phase",
                        "Knockout play-offs", "Final"),
                file.matches().stream().map(SourceMatch::round).toList());
        assertEquals(List.of(RoundKind.GROUP, RoundKind.KNOCKOUT, RoundKind.KNOCKOUT, RoundKind.KNOCKOUT,
                        RoundKind.GROUP, RoundKind.KNOCKOUT, RoundKind.FINAL),
                file.matches().stream().map(SourceMatch::roundKind).toList());
    }

    @Test
    void matchdayHeadingsNameTheirPhase() {
        ParsedFile file = parse("2024-25/cl.txt", "2024-25", """
                » League, Matchday 1
                  Tue Sep/17 2024
                    A (AAA) v B (BBB)  1-0
                » Group, Matchday 6
                  Tue Dec/10
                    A (AAA) v C (CCC)  1-0
                """);
        assertEquals(List.of("League phase", "Group stage"),
                file.matches().stream().map(SourceMatch::round).toList());
    }

    @Test
    void qualifyingFilesHaveQualifyingRoundsAndTheirOwnPlayOffs() {
        ParsedFile file = parse("2025-26/clq.txt", "2025-26", """
                » 1. Round
                  Tue Jul/8 2025
                    A (AAA) v B (BBB)  1-0
                » Round 2
                  Tue Jul/22
                    A (AAA) v B (BBB)  1-0
                » 3. Round
                  Tue Aug/5
                    A (AAA) v B (BBB)  1-0
                » Play-offs
                  Tue Aug/19
                    A (AAA) v B (BBB)  1-0
                """);
        assertEquals(List.of("First qualifying round", "Second qualifying round", "Third qualifying round",
                "Play-off round"), file.matches().stream().map(SourceMatch::round).toList());
    }

    @Test
    void aQualifyingRoundHeadingOutsideAQualifyingFileIsAnError() {
        assertEquals("2018-19/cl.txt:1: qualifying round heading outside a qualifying file: 'Round 1'",
                failure("» Round 1\n").getMessage());
    }

    @Test
    void pairsTheMatchesOfATieIntoLegsByDate() {
        ParsedFile file = parse("""
                » Semifinals
                  Tue May/7
                    21.00  Liverpool FC (ENG) v FC Barcelona (ESP)  4-0 (1-0)
                  Wed May/1
                    21.00  FC Barcelona (ESP) v Liverpool FC (ENG)  3-0 (1-0)
                    21.00  Ajax (NED) v Tottenham Hotspur (ENG)  2-3 (2-0)
                """);
        List<SourceMatch> m = file.matches();
        assertEquals(2, m.get(0).leg());
        assertEquals(1, m.get(1).leg());
        assertNull(m.get(2).leg());
    }

    @Test
    void playOffMatchdaysFormOneTwoLeggedRound() {
        ParsedFile file = parse("2024-25/cl.txt", "2024-25", """
                » Playoffs, Matchday 1
                  Tue Feb/11 2025
                    Brest (FRA) v Paris Saint-Germain (FRA)  0-3 (0-1)
                » Playoffs, Matchday 2
                  Wed Feb/19
                    Paris Saint-Germain (FRA) v Brest (FRA)  7-0 (3-0)
                """);
        List<SourceMatch> m = file.matches();
        assertEquals("Knockout play-offs", m.get(0).round());
        assertEquals(RoundKind.KNOCKOUT, m.get(0).roundKind());
        assertEquals(1, m.get(0).leg());
        assertEquals(2, m.get(1).leg());
    }

    @Test
    void moreThanTwoMatchesOfATieIsAnError() {
        assertEquals("2018-19/cl.txt:7: more than two matches between A (AAA) and B (BBB) in Round of 16",
                failure("""
                        » Round of 16
                          Tue Feb/12
                            A (AAA) v B (BBB)  1-0
                          Tue Feb/19
                            B (BBB) v A (AAA)  1-0
                          Tue Feb/26
                            A (AAA) v B (BBB)  1-0
                        """).getMessage());
    }

    @Test
    void twoMatchesOfATieOnOneDayAreAnError() {
        assertEquals("2018-19/cl.txt:4: two matches on 2019-02-12 between A (AAA) and B (BBB) in Round of 16",
                failure("""
                        » Round of 16
                          Tue Feb/12
                            A (AAA) v B (BBB)  1-0
                            B (BBB) v A (AAA)  1-0
                        """).getMessage());
    }

    @Test
    void skipsCommentsAndCutsTrailingComments() {
        ParsedFile file = parse("""
                # a comment
                » Group A   # the first group
                  Tue Sep/18 2018
                    A (AAA) v B (BBB)  1-0 (0-0)   # note
                """);
        assertEquals(1, file.matches().size());
        assertEquals(new Score(1, 0), file.matches().get(0).fullTime());
    }

    @Test
    void reportsErrorsWithFileAndLine() {
        assertEquals("2018-19/cl.txt:3: unknown score form: '1:0'", failure("""
                » Group A
                  Tue Sep/18 2018
                    A (AAA) v B (BBB)  1:0
                """).getMessage());
        assertEquals("2018-19/cl.txt:2: date before any round heading: 'Tue Sep/18 2018'", failure("""

                  Tue Sep/18 2018
                """).getMessage());
        assertEquals("2018-19/cl.txt:2: match before any date", failure("""
                » Group A
                    A (AAA) v B (BBB)  1-0
                """).getMessage());
        assertEquals("2018-19/cl.txt:3: away team without country code: 'Liverpool FC  1-0'", failure("""
                » Group A
                  Tue Sep/18 2018
                    A (AAA) v Liverpool FC  1-0
                """).getMessage());
        assertEquals("2018-19/cl.txt:3: home team without country code: 'Liverpool FC'", failure("""
                » Group A
                  Tue Sep/18 2018
                    Liverpool FC v A (AAA)  1-0
                """).getMessage());
        assertEquals("2018-19/cl.txt:1: unknown round heading: 'Achtelfinale'", failure("» Achtelfinale\n")
                .getMessage());
        assertEquals("2018-19/cl.txt:3: unknown annotation: [abandoned]", failure("""
                » Group A
                  Tue Sep/18 2018
                    A (AAA) v B (BBB)  1-0 [abandoned]
                """).getMessage());
        assertEquals("2018-19/cl.txt:3: penalties without a.e.t.: '4-3 pen. 1-1 (0-0)'", failure("""
                » Group A
                  Tue Sep/18 2018
                    A (AAA) v B (BBB)  4-3 pen. 1-1 (0-0)
                """).getMessage());
        assertEquals("2018-19/cl.txt:3: half-time score 2-0 exceeds full-time score 1-0", failure("""
                » Group A
                  Tue Sep/18 2018
                    A (AAA) v B (BBB)  1-0 (2-0)
                """).getMessage());
        assertEquals("2018-19/cl.txt:2: unrecognised line: 'Tuesday 18 September'", failure("""
                » Group A
                  Tuesday 18 September
                """).getMessage());
    }
}
