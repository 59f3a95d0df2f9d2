package io.remontada.rules;

import io.remontada.common.Score;

import java.time.LocalDate;
import java.util.List;

/** Builders and club ids shared by the engine tests; the clubs' ids are arbitrary but fixed. */
final class Fixtures {

    static final long LIVERPOOL = 1;
    static final long BARCELONA = 2;
    static final long DORTMUND = 3;
    static final long PSG = 4;
    static final long ROMA = 5;
    static final long REAL_MADRID = 6;
    static final long MILAN = 7;
    static final long DEPORTIVO = 8;
    static final long BAYERN = 9;
    static final long ATLETICO = 10;
    static final long PETROLUL = 11;
    static final long KOLN = 12;
    static final long CELTIC = 13;
    static final long BENFICA = 14;
    static final long VORWARTS = 15;
    static final long LINFIELD = 16;
    static final long CRVENA_ZVEZDA = 17;
    static final long DYNAMO_DRESDEN = 18;
    static final long LEEDS = 19;
    static final long STUTTGART = 20;
    static final long LEGIA = 21;
    static final long STEAUA = 22;
    static final long X = 100;
    static final long Y = 200;

    private Fixtures() {
    }

    static GoalFacts goal(int minute, long club) {
        return new GoalFacts(minute, null, club);
    }

    static GoalFacts goal(int minute, int stoppage, long club) {
        return new GoalFacts(minute, stoppage, club);
    }

    static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    /** A leg or single match settled in 90 minutes, without goal minutes. */
    static MatchFacts match(long id, String date, long home, long away, String fullTime) {
        return new MatchFacts(id, date(date), home, away, Score.parse(fullTime), null, null, null, false, false);
    }

    static MatchFacts match(long id, String date, long home, long away, String fullTime, List<GoalFacts> goals) {
        return new MatchFacts(id, date(date), home, away, Score.parse(fullTime), null, null, goals, false, false);
    }

    /** A match that went to extra time, and to a shoot-out when {@code penalties} is not null. */
    static MatchFacts extraTime(long id, String date, long home, long away, String fullTime, String afterExtraTime,
                                String penalties) {
        return new MatchFacts(id, date(date), home, away, Score.parse(fullTime), Score.parse(afterExtraTime),
                penalties == null ? null : Score.parse(penalties), null, false, false);
    }

    static MatchFacts replay(MatchFacts match) {
        return new MatchFacts(match.matchId(), match.date(), match.homeClubId(), match.awayClubId(), match.fullTime(),
                match.afterExtraTime(), match.penalties(), match.goals(), true, match.behindClosedDoors());
    }

    /** The match with the result UEFA awarded in place of the one played. */
    static MatchFacts awarded(MatchFacts match, String awarded) {
        return new MatchFacts(match.matchId(), match.date(), match.homeClubId(), match.awayClubId(), match.fullTime(),
                match.afterExtraTime(), match.penalties(), match.goals(), match.replay(), match.behindClosedDoors(), Score.parse(awarded));
    }

    static MatchFacts behindClosedDoors(MatchFacts match) {
        return new MatchFacts(match.matchId(), match.date(), match.homeClubId(), match.awayClubId(), match.fullTime(),
                match.afterExtraTime(), match.penalties(), match.goals(), match.replay(), true);
    }

    static TieFacts twoLegs(long id, String competition, int season, String round, MatchFacts... matches) {
        return new TieFacts(id, competition, season, round, true, List.of(matches), null, null);
    }

    static TieFacts singleMatch(long id, String competition, int season, String round, MatchFacts... matches) {
        return new TieFacts(id, competition, season, round, false, List.of(matches), null, null);
    }

    static TieFacts stated(TieFacts tie, Long winnerId, String decision) {
        return new TieFacts(tie.tieId(), tie.competition(), tie.seasonStartYear(), tie.round(), tie.twoLegged(),
                tie.matches(), winnerId, decision);
    }

    // The real ties of the curated facts (shared/design/facts.md), with their goal timelines.

    static TieFacts liverpoolBarcelona2019() {
        return twoLegs(201819, "UCL", 2018, "SF",
                match(1, "2019-05-01", BARCELONA, LIVERPOOL, "3-0",
                        List.of(goal(26, BARCELONA), goal(75, BARCELONA), goal(82, BARCELONA))),
                match(2, "2019-05-07", LIVERPOOL, BARCELONA, "4-0",
                        List.of(goal(7, LIVERPOOL), goal(54, LIVERPOOL), goal(56, LIVERPOOL), goal(79, LIVERPOOL))));
    }

    static TieFacts barcelonaPsg2017() {
        return twoLegs(201617, "UCL", 2016, "R16",
                match(3, "2017-02-14", PSG, BARCELONA, "4-0",
                        List.of(goal(18, PSG), goal(40, PSG), goal(55, PSG), goal(72, PSG))),
                match(4, "2017-03-08", BARCELONA, PSG, "6-1",
                        List.of(goal(3, BARCELONA), goal(40, BARCELONA) /* Kurzawa own goal */, goal(50, BARCELONA),
                                goal(62, PSG), goal(88, BARCELONA), goal(90, 1, BARCELONA), goal(90, 5, BARCELONA))));
    }

    static TieFacts romaBarcelona2018() {
        return twoLegs(201718, "UCL", 2017, "QF",
                match(5, "2018-04-04", BARCELONA, ROMA, "4-1",
                        List.of(goal(38, BARCELONA) /* De Rossi own goal */, goal(55, BARCELONA) /* Manolas own goal */,
                                goal(59, BARCELONA), goal(80, ROMA), goal(87, BARCELONA))),
                match(6, "2018-04-10", ROMA, BARCELONA, "3-0",
                        List.of(goal(6, ROMA), goal(58, ROMA), goal(82, ROMA))));
    }

    /** 2003-04 QF: the facts give no dates or goal minutes for it. */
    static TieFacts deportivoMilan2004() {
        return twoLegs(200304, "UCL", 2003, "QF",
                match(7, null, MILAN, DEPORTIVO, "4-1"),
                match(8, null, DEPORTIVO, MILAN, "4-0"));
    }

    static TieFacts liverpoolRealMadrid2021() {
        return twoLegs(202021, "UCL", 2020, "QF",
                behindClosedDoors(match(9, "2021-04-06", REAL_MADRID, LIVERPOOL, "3-1",
                        List.of(goal(27, REAL_MADRID), goal(36, REAL_MADRID), goal(51, LIVERPOOL), goal(65, REAL_MADRID)))),
                behindClosedDoors(match(10, "2021-04-14", LIVERPOOL, REAL_MADRID, "0-0", List.of())));
    }

    static TieFacts liverpoolDortmund2016() {
        return twoLegs(201516, "UEL", 2015, "QF",
                match(11, "2016-04-07", DORTMUND, LIVERPOOL, "1-1", List.of(goal(36, LIVERPOOL), goal(48, DORTMUND))),
                match(12, "2016-04-14", LIVERPOOL, DORTMUND, "4-3",
                        List.of(goal(5, DORTMUND), goal(9, DORTMUND), goal(48, LIVERPOOL), goal(57, DORTMUND),
                                goal(66, LIVERPOOL), goal(77, LIVERPOOL), goal(90, 1, LIVERPOOL))));
    }

    /** 2004-05 final in Istanbul (neutral; Milan the nominal home side): 3-3 after extra time, Liverpool 3-2 on penalties. */
    static MatchFacts milanLiverpool2005() {
        return new MatchFacts(13, date("2005-05-25"), MILAN, LIVERPOOL, Score.parse("3-3"), Score.parse("3-3"),
                Score.parse("2-3"),
                List.of(goal(1, MILAN), goal(39, MILAN), goal(44, MILAN),
                        goal(54, LIVERPOOL), goal(56, LIVERPOOL), goal(60, LIVERPOOL)),
                false, false);
    }
}
