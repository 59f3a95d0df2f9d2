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
import static org.junit.jupiter.api.Assertions.assertTrue;

class EngsoccerdataCsvParserTest {

    private static final String HEADER = "\"Date\",\"Season\",\"round\",\"leg\",\"home\",\"visitor\",\"FT\",\"HT\","
            + "\"aet\",\"pens\",\"hgoal\",\"vgoal\",\"FTagg_home\",\"FTagg_visitor\",\"aethgoal\",\"aetvgoal\","
            + "\"tothgoal\",\"totvgoal\",\"totagg_home\",\"totagg_visitor\",\"tiewinner\",\"hcountry\",\"vcountry\"\n";

    /** The day the files here are as of: after every season they cover. */
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

    private static List<SourceMatch> parse(String rows) {
        ParsedFile file = EngsoccerdataCsvParser.parse("champs.csv", AS_OF, new StringReader(HEADER + rows));
        assertEquals(0, file.unplayedFixtures());
        return file.matches();
    }

    private static SourceMatch parseOne(String row) {
        List<SourceMatch> matches = parse(row + "\n");
        assertEquals(1, matches.size());
        return matches.get(0);
    }

    private static String failure(String row) {
        return assertThrows(SourceFormatException.class, () -> parse(row + "\n")).getMessage();
    }

    @Test
    void readsALegOfATie() {
        SourceMatch m = parseOne("1955-09-04,1955,\"Round1\",\"1\",\"Sporting CP\",\"Partizan Belgrade\",\"3-3\","
                + "\"1-1\",NA,NA,3,3,5,8,NA,NA,3,3,5,8,\"Partizan Belgrade\",\"POR\",\"SRB\"");
        assertEquals(new SourceLocation("champs.csv", 2), m.location());
        assertEquals("UCL", m.competition());
        assertEquals("1955-56", m.season());
        assertEquals("First round", m.round());
        assertEquals(RoundKind.KNOCKOUT, m.roundKind());
        assertEquals(1, m.leg());
        assertFalse(m.replay());
        assertEquals(LocalDate.of(1955, 9, 4), m.date());
        assertEquals(new SourceClub("Sporting CP", "POR"), m.home());
        assertEquals(new SourceClub("Partizan Belgrade", "SRB"), m.away());
        assertEquals(new Score(1, 1), m.halfTime());
        assertEquals(new Score(3, 3), m.fullTime());
        assertNull(m.afterExtraTime());
        assertNull(m.penalties());
        assertEquals("Partizan Belgrade", m.statedTieWinner());
        assertNull(m.statedDecision());
    }

    @Test
    void readsExtraTimeAndAShootOutScoreWithATrailingSpace() {
        SourceMatch m = parseOne("2005-05-25,2004,\"final\",NA,\"AC Milan\",\"Liverpool\",\"3-3\",\"3-0\",\"3-3\","
                + "\"2-3 \",3,3,3,3,3,3,3,3,3,3,\"Liverpool\",\"ITA\",\"ENG\"");
        assertEquals("2004-05", m.season());
        assertEquals("Final", m.round());
        assertEquals(RoundKind.FINAL, m.roundKind());
        assertNull(m.leg());
        assertEquals(new Score(3, 3), m.afterExtraTime());
        assertEquals(new Score(2, 3), m.penalties());
        assertNull(m.statedDecision());
    }

    @Test
    void readsStatedDecisions() {
        List<SourceMatch> m = parse("""
                1971-03-24,1970,"QF","2","Panathinaikos","Everton","0-0","0-0",NA,"away goals",0,0,1,1,NA,NA,0,0,1,1,"Panathinaikos","GRE","ENG"
                1964-10-14,1964,"Round1","replay","Dukla Praha","Gornik Zabrze","0-0","0-0","0-0","coin toss",0,0,4,4,0,0,0,0,4,4,"Dukla Praha","CZE","POL"
                1991-03-20,1990,"QF","2","Olympique Marseille","AC Milan","3-0",NA,NA,"walkover",3,0,4,1,NA,NA,3,0,4,1,"Olympique Marseille","FRA","ITA"
                """);
        assertEquals("away goals", m.get(0).statedDecision());
        assertEquals(2, m.get(0).leg());
        assertEquals("coin toss", m.get(1).statedDecision());
        assertTrue(m.get(1).replay());
        assertNull(m.get(1).leg());
        assertEquals("walkover", m.get(2).statedDecision());
        assertNull(m.get(2).halfTime());
    }

    @Test
    void readsAReplayedFinal() {
        List<SourceMatch> m = parse("""
                1974-05-15,1973,"final","initial","Bayern Munich","Atletico Madrid","1-1","0-0",NA,NA,1,1,5,1,NA,NA,1,1,5,1,"Bayern Munich","GER","ESP"
                1974-05-17,1973,"final","replay","Bayern Munich","Atletico Madrid","4-0","1-0",NA,NA,4,0,5,1,NA,NA,4,0,5,1,"Bayern Munich","GER","ESP"
                """);
        assertFalse(m.get(0).replay());
        assertNull(m.get(0).leg());
        assertTrue(m.get(1).replay());
        assertEquals(RoundKind.FINAL, m.get(1).roundKind());
        assertEquals("1973-74", m.get(1).season());
    }

    @Test
    void aSemiFinalWithoutLegIsASingleMatch() {
        SourceMatch m = parseOne("1994-04-27,1993,\"SF\",NA,\"AC Milan\",\"AS Monaco\",\"3-0\",\"1-0\",NA,NA,"
                + "3,0,3,0,NA,NA,3,0,3,0,\"AC Milan\",\"ITA\",\"FRA\"");
        assertEquals("Semi-finals", m.round());
        assertEquals(RoundKind.KNOCKOUT, m.roundKind());
        assertNull(m.leg());
    }

    @Test
    void mapsGroupRoundsAndFormatsTheCenturySeason() {
        List<SourceMatch> m = parse("""
                1999-09-14,1999,"GroupA-prelim","groups","A","B","1-0",NA,NA,NA,1,0,1,0,NA,NA,1,0,1,0,NA,"ESP","ENG"
                2000-03-01,1999,"GroupD-inter","groups","A","B","1-0",NA,NA,NA,1,0,1,0,NA,NA,1,0,1,0,NA,"ESP","ENG"
                2003-09-16,2003,"GroupH","groups","A","B","1-0",NA,NA,NA,1,0,1,0,NA,NA,1,0,1,0,NA,"ESP","ENG"
                """);
        assertEquals(List.of("First group stage, Group A", "Second group stage, Group D", "Group H"),
                m.stream().map(SourceMatch::round).toList());
        assertEquals(RoundKind.GROUP, m.get(0).roundKind());
        assertNull(m.get(0).leg());
        assertNull(m.get(0).statedTieWinner());
        assertEquals("1999-00", m.get(0).season());
    }

    @Test
    void mapsKnockoutRoundLabels() {
        String rows = String.join("", List.of("PrelimF", "prelim", "Q-1", "Q-2", "Q-3", "Q-PO", "Round1", "1",
                "Round2", "R16", "QF", "SF").stream()
                .map(r -> "2010-08-01,2010,\"" + r + "\",\"1\",\"" + r + "\",\"B\",\"1-0\",NA,NA,NA,1,0,1,0,NA,NA,"
                        + "1,0,1,0,\"B\",\"ESP\",\"ENG\"\n")
                .toList());
        assertEquals(List.of("Preliminary round", "Preliminary round", "First qualifying round",
                        "Second qualifying round", "Third qualifying round", "Play-off round", "First round",
                        "First round", "Second round", "Round of 16", "Quarter-finals", "Semi-finals"),
                parse(rows).stream().map(SourceMatch::round).toList());
    }

    @Test
    void datesDecideLegsThatAreLabelledAlike() {
        List<SourceMatch> m = parse("""
                1992-09-02,1992,"PrelimF","2","FC Norma Tallinn","Olimpija Ljubljana","0-2",NA,NA,NA,0,2,0,5,NA,NA,0,2,0,5,"Olimpija Ljubljana","EST","SVN"
                1992-08-19,1992,"PrelimF","2","Olimpija Ljubljana","FC Norma Tallinn","3-0",NA,NA,NA,3,0,5,0,NA,NA,3,0,5,0,"Olimpija Ljubljana","SVN","EST"
                1961-09-06,1961,"Round1","1","ASK Vorwarts Berlin","Linfield","3-0","1-0",NA,NA,3,0,3,0,NA,NA,3,0,3,0,"ASK Vorwarts Berlin","GER","NIR"
                """);
        assertEquals(2, m.get(0).leg());
        assertEquals(1, m.get(1).leg());
        assertEquals(1, m.get(2).leg());
    }

    @Test
    void statedLegsStandWhenBothLegsShareADate() {
        List<SourceMatch> m = parse("""
                1982-10-20,1982,"R16","2","Liverpool","HJK Helsinki","5-0","3-0",NA,NA,5,0,5,1,NA,NA,5,0,5,1,"Liverpool","ENG","FIN"
                1982-10-20,1982,"R16","1","HJK Helsinki","Liverpool","1-0","1-0",NA,NA,1,0,1,5,NA,NA,1,0,1,5,"Liverpool","FIN","ENG"
                """);
        assertEquals(2, m.get(0).leg());
        assertEquals(1, m.get(1).leg());
    }

    @Test
    void legsContradictingTheDatesAreAnError() {
        String message = assertThrows(SourceFormatException.class, () -> parse("""
                1992-08-19,1992,"PrelimF","2","A","B","3-0",NA,NA,NA,3,0,5,0,NA,NA,3,0,5,0,"A","SVN","EST"
                1992-09-02,1992,"PrelimF","1","B","A","0-2",NA,NA,NA,0,2,0,5,NA,NA,0,2,0,5,"A","EST","SVN"
                """)).getMessage();
        assertEquals("champs.csv:3: leg 1 is later than leg 2 between A (SVN) and B (EST) in Preliminary round",
                message);
    }

    @Test
    void readsQuotedFieldsWithCommasAndQuotes() {
        SourceMatch m = parseOne("1960-09-01,1960,\"Round1\",\"1\",\"Club \"\"X\"\", Town\",\"B\",\"1-0\",NA,NA,NA,"
                + "1,0,1,0,NA,NA,1,0,1,0,NA,\"ESP\",\"ENG\"");
        assertEquals("Club \"X\", Town", m.home().name());
        assertNull(m.statedTieWinner());
    }

    @Test
    void rejectsAWrongHeader() {
        SourceFormatException e = assertThrows(SourceFormatException.class, () -> EngsoccerdataCsvParser.parse(
                "champs.csv", AS_OF, new StringReader("Date,Season,round\n")));
        assertTrue(e.getMessage().startsWith("champs.csv:1: unexpected header [Date, Season, round]"),
                e.getMessage());
    }

    @Test
    void rejectsContradictionsWithTheirLine() {
        assertEquals("champs.csv:2: FT 3-3 contradicts hgoal/vgoal 3-2", failure("1955-09-04,1955,\"Round1\",\"1\","
                + "\"A\",\"B\",\"3-3\",\"1-1\",NA,NA,3,2,5,8,NA,NA,3,3,5,8,\"B\",\"POR\",\"SRB\""));
        assertEquals("champs.csv:2: aet 2-2 contradicts aethgoal/aetvgoal NA", failure("1955-09-04,1955,\"Round1\","
                + "\"1\",\"A\",\"B\",\"1-1\",NA,\"2-2\",NA,1,1,5,8,NA,NA,2,2,5,8,\"B\",\"POR\",\"SRB\""));
        assertEquals("champs.csv:2: aet (or FT) 1-1 contradicts tothgoal/totvgoal 2-2", failure("1955-09-04,1955,"
                + "\"Round1\",\"1\",\"A\",\"B\",\"1-1\",NA,NA,NA,1,1,5,8,NA,NA,2,2,5,8,\"B\",\"POR\",\"SRB\""));
        assertEquals("champs.csv:2: penalty shoot-out 4-3 without extra time", failure("1955-09-04,1955,\"Round1\","
                + "\"1\",\"A\",\"B\",\"1-1\",NA,NA,\"4-3\",1,1,5,8,NA,NA,1,1,5,8,\"B\",\"POR\",\"SRB\""));
        assertEquals("champs.csv:2: pens is neither a score nor a known decision: 'lots'", failure("1955-09-04,1955,"
                + "\"Round1\",\"1\",\"A\",\"B\",\"1-1\",NA,NA,\"lots\",1,1,5,8,NA,NA,1,1,5,8,\"B\",\"POR\",\"SRB\""));
        assertEquals("champs.csv:2: leg 'groups' in round First round", failure("1955-09-04,1955,\"Round1\","
                + "\"groups\",\"A\",\"B\",\"1-1\",NA,NA,NA,1,1,5,8,NA,NA,1,1,5,8,\"B\",\"POR\",\"SRB\""));
        assertEquals("champs.csv:2: unknown round: 'Round9'", failure("1955-09-04,1955,\"Round9\",\"1\","
                + "\"A\",\"B\",\"1-1\",NA,NA,NA,1,1,5,8,NA,NA,1,1,5,8,\"B\",\"POR\",\"SRB\""));
        assertEquals("champs.csv:2: date 1957-09-04 is not in season 1955", failure("1957-09-04,1955,\"Round1\","
                + "\"1\",\"A\",\"B\",\"1-1\",NA,NA,NA,1,1,5,8,NA,NA,1,1,5,8,\"B\",\"POR\",\"SRB\""));
        assertEquals("champs.csv:2: expected 23 fields, found 3", failure("1955-09-04,1955,\"Round1\""));
        assertEquals("champs.csv:2: hcountry is not a 3-letter code: 'Portugal'", failure("1955-09-04,1955,"
                + "\"Round1\",\"1\",\"A\",\"B\",\"1-1\",NA,NA,NA,1,1,5,8,NA,NA,1,1,5,8,\"B\",\"Portugal\",\"SRB\""));
    }

    @Test
    void rejectsValuesNoRealMatchHasWithTheirLine() {
        assertEquals("champs.csv:2: a club cannot play itself: A v A", failure("1955-09-04,1955,\"Round1\",\"1\","
                + "\"A\",\"A\",\"1-1\",NA,NA,NA,1,1,5,8,NA,NA,1,1,5,8,\"A\",\"POR\",\"POR\""));
        assertEquals("champs.csv:2: score 100-1: more than 99 goals is no real result", failure("1955-09-04,1955,\"Round1\",\"1\","
                + "\"A\",\"B\",\"100-1\",NA,NA,NA,100,1,5,8,NA,NA,100,1,5,8,\"A\",\"POR\",\"SRB\""));
        assertEquals("champs.csv:2: score 40000-1: more than 99 goals is no real result", failure("1955-09-04,1955,\"Round1\",\"1\","
                + "\"A\",\"B\",\"40000-1\",NA,NA,NA,40000,1,5,8,NA,NA,40000,1,5,8,\"A\",\"POR\",\"SRB\""));
        assertEquals("champs.csv:2: a result for a match of 2027-05-29, after 2026-11-30, the day the file is as of",
                failure("2027-05-29,2026,\"final\",NA,\"A\",\"B\",\"1-0\",NA,NA,NA,1,0,NA,NA,NA,NA,1,0,NA,NA,\"A\",\"POR\",\"SRB\""));
    }

    @Test
    void rejectsAFileWithoutAMatch() {
        assertEquals("champs.csv:1: empty file, expected a header", assertThrows(SourceFormatException.class,
                () -> EngsoccerdataCsvParser.parse("champs.csv", AS_OF, new StringReader(""))).getMessage());
        assertEquals("champs.csv:1: no match in the file, only its header", assertThrows(SourceFormatException.class,
                () -> EngsoccerdataCsvParser.parse("champs.csv", AS_OF, new StringReader(HEADER))).getMessage());
    }
}
