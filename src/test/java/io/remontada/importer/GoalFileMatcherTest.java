package io.remontada.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.remontada.common.Score;
import io.remontada.importer.format.GoalFile;
import io.remontada.importer.format.GoalFileParser;
import io.remontada.importer.format.RoundKind;
import io.remontada.importer.format.SourceFormatException;
import io.remontada.importer.format.SourceGoal.Side;
import io.remontada.importer.format.SourceLocation;

/** A goal-file match is one match of the record, found by competition, day and the names its clubs go by, never guessed. */
class GoalFileMatcherTest {

    private static final LocalDate NOV_23 = LocalDate.of(2016, 11, 23);

    private static ClubIdentity club(String name, String... aliases) {
        ClubIdentity club = ClubIdentity.of("R:XXX:" + name, name, "XXX", null, null, null);
        club.names().addAll(List.of(aliases));
        return club;
    }

    private static final ClubIdentity ARSENAL = club("Arsenal FC", "Arsenal");
    private static final ClubIdentity PSG = club("Paris Saint-Germain", "PSG", "Paris SG");
    private static final ClubIdentity LUDOGORETS = club("PFC Ludogorets Razgrad", "Ludogorets");
    private static final ClubIdentity BASEL = club("FC Basel 1893", "Basel");

    private static MergedMatch match(String competition, RoundKind kind, LocalDate date, ClubIdentity home, ClubIdentity away, Score fullTime,
            Score afterExtraTime) {
        return new MergedMatch(new SourceLocation("record.txt", 1), competition, "2016-17", "Group A", kind, null, false, date, home, away, null,
                fullTime, afterExtraTime, null);
    }

    private static GoalFile file(String text) {
        return GoalFileParser.parse("2016-17/cl.txt", "UCL", "2016-17", new StringReader(text), List.of());
    }

    private static final String ARSENAL_PSG = """
            [Wed Nov/23]
              20.45  Arsenal              2-2  Paris Saint-Germain  @ Emirates Stadium, London
                       [Giroud 45+1' (pen.) Verratti 60' (o.g.); Cavani 18' Iwobi 77' (o.g.)]
            """;

    @Test
    void findsTheMatchOfThatCompetitionAndDayWhoseClubsGoByTheNamesWritten() {
        MergedMatch london = match("UCL", RoundKind.GROUP, NOV_23, ARSENAL, PSG, new Score(2, 2), null);
        List<MergedMatch> record = List.of(
                match("UEL", RoundKind.GROUP, NOV_23, ARSENAL, PSG, new Score(2, 2), null),
                match("UCL", RoundKind.GROUP, NOV_23, LUDOGORETS, BASEL, new Score(0, 0), null),
                london);
        List<GoalFileMatcher.Attached> attached = GoalFileMatcher.attach(List.of(file(ARSENAL_PSG)), record);
        assertEquals(1, attached.size());
        assertSame(london, attached.get(0).match());
        assertFalse(attached.get(0).swapped());
        assertSame(ARSENAL, attached.get(0).clubOf(Side.HOME));
        assertSame(PSG, attached.get(0).clubOf(Side.AWAY));
    }

    @Test
    void noMatchIsRefusedAtTheLineNamingWhatTheRecordHasThatDay() {
        List<MergedMatch> record = List.of(match("UCL", RoundKind.GROUP, NOV_23, PSG, ARSENAL, new Score(2, 2), null));
        SourceFormatException e = assertThrows(SourceFormatException.class,
                () -> GoalFileMatcher.attach(List.of(file(ARSENAL_PSG)), record));
        assertEquals(new SourceLocation("2016-17/cl.txt", 2), e.location());
        assertTrue(e.getMessage().contains("no match UCL 2016-11-23 Arsenal v Paris Saint-Germain in the record (that day it has "
                + "2016-11-23 Paris Saint-Germain v Arsenal FC)"), e.getMessage());
    }

    @Test
    void aNameMerelyLikeOneTheClubGoesByIsNoMatch() {
        List<MergedMatch> record = List.of(match("UCL", RoundKind.GROUP, NOV_23, ARSENAL, club("Paris Saint-Germain FC", "PSG"), new Score(2, 2),
                null));
        assertThrows(SourceFormatException.class, () -> GoalFileMatcher.attach(List.of(file(ARSENAL_PSG)), record));
    }

    @Test
    void twoCandidatesAreRefused() {
        ClubIdentity otherArsenal = club("Arsenal Tula", "Arsenal");
        List<MergedMatch> record = List.of(
                match("UCL", RoundKind.GROUP, NOV_23, ARSENAL, PSG, new Score(2, 2), null),
                match("UCL", RoundKind.GROUP, NOV_23, otherArsenal, club("Paris FC", "Paris Saint-Germain"), new Score(2, 2), null));
        SourceFormatException e = assertThrows(SourceFormatException.class,
                () -> GoalFileMatcher.attach(List.of(file(ARSENAL_PSG)), record));
        assertTrue(e.getMessage().contains("could be any of"), e.getMessage());
    }

    @Test
    void aScoreThatDiffersFromTheRecordsIsRefusedStageByStage() {
        List<MergedMatch> extraTimeInTheRecord = List.of(match("UCL", RoundKind.GROUP, NOV_23, ARSENAL, PSG, new Score(2, 2), new Score(2, 2)));
        SourceFormatException e = assertThrows(SourceFormatException.class,
                () -> GoalFileMatcher.attach(List.of(file(ARSENAL_PSG)), extraTimeInTheRecord));
        assertEquals("2016-17/cl.txt:2: the record has 2016-11-23 Arsenal FC v Paris Saint-Germain 2-2, 2-2 a.e.t. (first read at record.txt:1), "
                + "this file 2-2 without extra time", e.getMessage());
    }

    @Test
    void aFinalMayBeWrittenEitherWayRound() {
        LocalDate cardiff = LocalDate.of(2017, 6, 3);
        ClubIdentity juventus = club("Juventus", "Juventus FC");
        ClubIdentity madrid = club("Real Madrid CF", "Real Madrid");
        MergedMatch storedTheOtherWay = match("UCL", RoundKind.FINAL, cardiff, madrid, juventus, new Score(4, 1), null);
        List<GoalFileMatcher.Attached> attached = GoalFileMatcher.attach(List.of(file("""
                [Sat Jun/3]
                  20.45  Juventus             1-4  Real Madrid          @ Millennium Stadium, Cardiff
                           [Mandžukić 27'; Ronaldo 20', 64' Casemiro 61' Asensio 90']
                """)), List.of(storedTheOtherWay));
        assertTrue(attached.get(0).swapped());
        assertSame(juventus, attached.get(0).clubOf(Side.HOME));
        assertSame(madrid, attached.get(0).clubOf(Side.AWAY));
    }
}
