package io.remontada.importer.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.remontada.common.Score;

/** openfootball's older files, read from lines copied out of the bundled ones. */
class HistoryFileReaderTest {

    private static final Map<String, SourceClub> CLUBS = Map.of(
            "FC Santa Coloma", new SourceClub("FC Santa Coloma", "AND"), "KF Drita", new SourceClub("KF Drita", "KOS"),
            "SP La Fiorita", new SourceClub("SP La Fiorita", "SMR"), "Lincoln FC", new SourceClub("Lincoln FC", "GIB"),
            "Real Madrid", new SourceClub("Real Madrid", "ESP"), "Atlético Madrid", new SourceClub("Atlético Madrid", "ESP"),
            "Stade Reims", new SourceClub("Stade Reims", "FRA"), "BSC Young Boys", new SourceClub("BSC Young Boys", "SUI"),
            "1. FK Příbram", new SourceClub("Dukla Praha", "CZE"), "Celtic FC", new SourceClub("Celtic FC", "SCO"));

    private static ParsedFile read(String path, String competition, String season, String text) {
        return HistoryFileReader.read(path, competition, season, new StringReader(text), CLUBS, List.of());
    }

    @Test
    void thePreliminaryTournamentIsTwoRoundsOfSingleMatchesAndQualifyingLegsFollowTheDates() {
        ParsedFile file = read("2018-19/cl_quali.txt", "UCL", "2018-19", """
                = UEFA Champions League - Qualification 2018/19


                Preliminary Semifinals
                [Tue Jun/26]
                  FC Santa Coloma       0-2 a.e.t. (0-0)  KF Drita
                  SP La Fiorita         0-2  Lincoln FC

                Preliminary Final
                [Fri Jun/29]
                  Lincoln FC            1-4 a.e.t. (1-1)  KF Drita

                Qual. Round 1
                [Tue Jul/10]
                  KF Drita              0-3  Celtic FC
                [Tue Jul/17]
                  Celtic FC             2-0  KF Drita
                """);

        List<SourceMatch> m = file.matches();
        assertEquals(5, m.size());
        assertEquals(Rounds.PRELIMINARY_SEMI_FINALS, m.get(0).round());
        assertEquals(LocalDate.of(2018, 6, 26), m.get(0).date());
        assertEquals(new Score(0, 0), m.get(0).fullTime());
        assertEquals(new Score(0, 2), m.get(0).afterExtraTime());
        assertEquals(new SourceClub("KF Drita", "KOS"), m.get(0).away());
        assertEquals(Rounds.PRELIMINARY_FINAL, m.get(2).round());
        assertEquals(RoundKind.KNOCKOUT, m.get(2).roundKind());
        assertNull(m.get(2).leg());
        assertEquals(Rounds.FIRST_QUALIFYING_ROUND, m.get(3).round());
        assertEquals(1, m.get(3).leg());
        assertEquals(2, m.get(4).leg());
    }

    @Test
    void theOldestFilesDateWithoutAWeekdayAndHoldReplaysAndFinals() {
        ParsedFile file = read("1958-59/cup.txt", "UCL", "1958-59", """

                Semi-finals, 1st leg

                [Apr/23]
                  Real Madrid     2-1  Atlético Madrid

                Semi-finals, 2nd leg

                [May/7]
                  Atlético Madrid  1-0  Real Madrid

                Semi-finals, Replay

                [May/13]
                  Real Madrid   2-1   Atlético Madrid


                Final

                [Jun/3]
                  Real Madrid  2-0 (1-0)  Stade Reims   @ VfB Arena, Stuttgart
                """);

        List<SourceMatch> m = file.matches();
        assertEquals(LocalDate.of(1959, 4, 23), m.get(0).date());
        assertEquals(1, m.get(0).leg());
        assertEquals(2, m.get(1).leg());
        assertTrue(m.get(2).replay());
        assertEquals(Rounds.SEMI_FINALS, m.get(2).round());
        assertEquals(RoundKind.FINAL, m.get(3).roundKind());
        assertEquals(new Score(1, 0), m.get(3).halfTime());
    }

    @Test
    void fixturesWithoutAScoreAreCountedAndANameTheListGivesAnotherNameIsResolvedByIt() {
        ParsedFile file = read("1966-67/cup.txt", "UCL", "1966-67", """
                Semi-finals, 1st leg

                [Apr/12]
                  Celtic FC   3-1  1. FK Příbram
                [Apr/25]
                  1. FK Příbram   -  Celtic FC
                  Real Madrid  v  Stade Reims   @ Bernabéu
                """);

        assertEquals(1, file.matches().size());
        assertEquals(2, file.unplayedFixtures());
        assertEquals(new SourceClub("Dukla Praha", "CZE"), file.matches().get(0).away());
    }

    @Test
    void aClubTheListLacksOrAnUnknownHeadingIsRefusedAtItsLine() {
        SourceFormatException unknownClub = assertThrows(SourceFormatException.class, () -> read("1955-56/cup.txt", "UCL", "1955-56", """
                Final

                [Jun/13]
                  Real Madrid   4-3 (2-2)   Stade de Reims
                """));
        assertTrue(unknownClub.getMessage().startsWith("1955-56/cup.txt:4:"), unknownClub.getMessage());

        SourceFormatException unknownHeading = assertThrows(SourceFormatException.class, () -> read("1955-56/cup.txt", "UCL", "1955-56", """
                Group A

                [Jun/13]
                  Real Madrid   4-3   Stade Reims
                """));
        assertTrue(unknownHeading.getMessage().contains("unknown round heading: 'Group A'"), unknownHeading.getMessage());
    }

    @Test
    void aLineCorrectionIsReadInPlaceOfTheLineAsWritten() {
        ParsedFile file = HistoryFileReader.read("1971-72/cup.txt", "UCL", "1971-72", new StringReader("""
                Semi-finals, 2nd leg

                [Apr/19]
                  Celtic FC  5-4 pen. 0-0  Real Madrid
                """), CLUBS, List.of(new LineCorrection(4, "5-4 pen. 0-0", "4-5 pen. 0-0 a.e.t. (0-0)", new SourceLocation("errata.tsv", 2))));

        SourceMatch m = file.matches().get(0);
        assertEquals(new Score(4, 5), m.penalties());
        assertEquals(new Score(0, 0), m.afterExtraTime());
    }
}
