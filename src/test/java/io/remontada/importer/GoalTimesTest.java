package io.remontada.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.remontada.importer.format.GoalFile;
import io.remontada.importer.format.Rounds;
import io.remontada.support.Clubs;
import io.remontada.support.GraphQL;
import io.restassured.path.json.JsonPath;

/**
 * The goal files' minutes are on the matches the record holds: every Champions League match of 2015-16 to 2017-18
 * from the group stage on has its timeline, timelines read as the files write them, the comeback engine derives
 * deficits within matches and ties from them, and importing the bundle again leaves every goal as it was.
 */
@QuarkusTest
class GoalTimesTest {

    private static final List<String> TIMED_SEASONS = List.of("2015-16", "2016-17", "2017-18");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    BundledData bundled;

    @Inject
    ImportService imports;

    @Test
    void everyMatchFromTheGroupStageOnOf2015_16To2017_18HasEveryGoalTimed() throws SQLException {
        Map<String, Integer> inGoalFiles = new TreeMap<>();
        for (GoalFile file : bundled.goalFiles()) {
            if (TIMED_SEASONS.contains(file.season())) {
                assertEquals(0, file.untimed(), file.file() + " leaves matches untimed");
                inGoalFiles.merge(file.season(), file.matches().size(), Integer::sum);
            }
        }
        Map<String, List<Integer>> stored = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement("""
                SELECT m.season, count(*), count(*) FILTER (WHERE m.goals_complete),
                       count(*) FILTER (WHERE coalesce(g.goals, 0) = coalesce(m.aet_home, m.ft_home) + coalesce(m.aet_away, m.ft_away))
                FROM match m LEFT JOIN (SELECT match_id, count(*) AS goals FROM goal GROUP BY match_id) g ON g.match_id = m.id
                WHERE m.competition = 'UCL' AND m.season = ANY (?) AND m.round <> ALL (?)
                GROUP BY m.season""")) {
            select.setArray(1, connection.createArrayOf("text", TIMED_SEASONS.toArray()));
            select.setArray(2, connection.createArrayOf("text", new String[] {Rounds.PRELIMINARY_ROUND, Rounds.FIRST_QUALIFYING_ROUND,
                    Rounds.SECOND_QUALIFYING_ROUND, Rounds.THIRD_QUALIFYING_ROUND, Rounds.PLAY_OFF_ROUND}));
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    stored.put(r.getString(1), List.of(r.getInt(2), r.getInt(3), r.getInt(4)));
                }
            }
        }
        assertEquals(TIMED_SEASONS, List.copyOf(inGoalFiles.keySet()));
        for (String season : TIMED_SEASONS) {
            int matches = inGoalFiles.get(season);
            assertEquals(List.of(matches, matches, matches), stored.get(season),
                    season + ": matches from the group stage on, those with goal times, those with a goal row for every goal");
        }
    }

    @Test
    void theComebackAgainstParisIn2017HasTheTimelineOfItsGoalFile() {
        JsonPath match = matchOn("Barcelona", LocalDate.of(2017, 3, 8));
        String barcelona = match.getString("homeClub.name");
        String paris = match.getString("awayClub.name");
        // 2016-17/cl_finals.txt: [L. Suárez 3' Kurzawa 40' (o.g.) Messi 50' (pen.) Neymar 88', 90+1' (pen.) Roberto 90+5'; Cavani 62']
        assertEquals(List.of(3, 40, 50, 62, 88, 90, 90), match.getList("goals.minute"));
        assertEquals(Arrays.asList(null, null, null, null, null, 1, 5), match.getList("goals.stoppage"));
        assertEquals(List.of(barcelona, barcelona, barcelona, paris, barcelona, barcelona, barcelona), match.getList("goals.club.name"));
        assertEquals(List.of(false, true, false, false, false, false, false), match.getList("goals.ownGoal"));
        assertEquals(List.of(false, false, true, false, false, true, false), match.getList("goals.penalty"));
        assertEquals(List.of(6, 1), List.of(match.getInt("goals[6].scoreAfter.home"), match.getInt("goals[6].scoreAfter.away")));
    }

    @Test
    void ownGoalsCountForTheSideTheyBenefitAndGoalsRunInTheOrderScored() {
        JsonPath match = matchOn("Arsenal", LocalDate.of(2016, 11, 23));
        String arsenal = match.getString("homeClub.name");
        String paris = match.getString("awayClub.name");
        // 2016-17/cl.txt: [Giroud 45+1' (pen.) Verratti 60' (o.g.); Cavani 18' Iwobi 77' (o.g.)]
        assertEquals(List.of("Cavani", "Giroud", "Verratti", "Iwobi"), match.getList("goals.scorer"));
        assertEquals(List.of(18, 45, 60, 77), match.getList("goals.minute"));
        assertEquals(Arrays.asList(null, 1, null, null), match.getList("goals.stoppage"));
        assertEquals(List.of(paris, arsenal, arsenal, paris), match.getList("goals.club.name"));
        assertEquals(List.of(false, false, true, true), match.getList("goals.ownGoal"));
        assertEquals(List.of(0, 1, 2, 2), match.getList("goals.scoreAfter.home"));
        assertEquals(List.of(1, 1, 1, 2), match.getList("goals.scoreAfter.away"));
        assertTrue(match.getBoolean("goalTimesComplete"));
    }

    @Test
    void extraTimeGoalsComeAfterStoppageTimeInThe2014Final() {
        JsonPath match = matchOn("Real Madrid", LocalDate.of(2014, 5, 24));
        // 2013-14/cl_finals.txt: 4-1 a.e.t. (1-1, ) [Ramos 90+3' Bale 110' Marcelo 118' Ronaldo 120' (pen.); Godín 36']
        assertEquals(List.of("Godín", "Ramos", "Bale", "Marcelo", "Ronaldo"), match.getList("goals.scorer"));
        assertEquals(List.of(36, 90, 110, 118, 120), match.getList("goals.minute"));
        assertEquals(Arrays.asList(null, 3, null, null, null), match.getList("goals.stoppage"));
        assertEquals(List.of(1, 1), List.of(match.getInt("score.fullTime.home"), match.getInt("score.fullTime.away")));
        assertEquals(List.of(4, 1), List.of(match.getInt("score.afterExtraTime.home"), match.getInt("score.afterExtraTime.away")));
    }

    @Test
    void theComebackEngineSeesDeficitsWithinMatchesAndTiesThatOnlyTheGoalFilesTime() throws SQLException {
        // 2016-17/cl.txt: Ludogorets Razgrad 2-3 Arsenal [Cafu 12' Keșerü 15'; Xhaka 20' Giroud 42' Özil 88']
        assertEquals(List.of("Arsenal FC 2 true", "PFC Ludogorets Razgrad 1 false"), occasions("MATCH", LocalDate.of(2016, 11, 1), "Arsenal FC"));
        // 2016-17/cl_finals.txt: Manchester City 5-3 Monaco [Sterling 26' Agüero 58', 71' Stones 77' Sané 82'; Falcao 32', 61' Mbappé 40'],
        // Monaco 3-1 Manchester City [Mbappé 8' Fabinho 29' Bakayoko 77'; Sané 71']: City trailed 1-2 and 2-3 in the first leg,
        // Monaco by two after it, and Monaco went through on away goals
        assertEquals(List.of("AS Monaco 2 true", "Manchester City FC 1 false"), occasions("TIE", LocalDate.of(2017, 3, 15), "AS Monaco"));
    }

    @Test
    void importingTheSameBundleAgainLeavesEveryGoalAsItWas() throws SQLException {
        List<String> before = goalRows();
        // the checksum of a bundle already imported skips the import: forget it, so that everything runs again
        try (Connection connection = dataSource.getConnection();
                PreparedStatement forget = connection.prepareStatement("DELETE FROM import_run WHERE checksum = ?")) {
            forget.setString(1, bundled.checksum());
            assertEquals(1, forget.executeUpdate());
        }
        ImportReport report = imports.importBundled();
        assertEquals(0, report.inserted + report.updated, report.summary());
        assertEquals(before, goalRows(), "goals replaced or changed by a second import of the same bundle");
    }

    private static JsonPath matchOn(String club, LocalDate date) {
        JsonPath response = GraphQL.post("match-goals", "filter", GraphQL.vars("club", Clubs.idOf(club), "competition", "ucl",
                "dateFrom", date.toString(), "dateTo", date.toString())).statusCode(200).extract().jsonPath();
        assertNull(response.get("errors"), response.prettify());
        assertEquals(1, response.getInt("data.matches.totalCount"));
        return response.setRootPath("data.matches.edges[0].node");
    }

    /** "club deficit overturned" of every occasion of {@code scope} on that day in a match of {@code club}. */
    private List<String> occasions(String scope, LocalDate day, String club) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement("""
                SELECT c.name || ' ' || o.deficit || ' ' || o.overturned FROM deficit_occasion o
                JOIN club c ON c.id = o.club_id JOIN club p ON p.id = o.opponent_id
                WHERE o.scope = ? AND o.occurred_on = ? AND ? IN (c.name, p.name) ORDER BY c.name""")) {
            select.setString(1, scope);
            select.setDate(2, Date.valueOf(day));
            select.setString(3, club);
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getString(1));
                }
            }
        }
        return rows;
    }

    /** Every goal row as stored, its id included, and the number of matches whose timeline is known. */
    private List<String> goalRows() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement("""
                SELECT id, match_id, seq, minute, stoppage, club_id, scorer, own_goal, penalty FROM goal
                UNION ALL SELECT NULL, count(*), NULL, NULL, NULL, NULL, 'matches with goal times', NULL, NULL FROM match WHERE goals_complete
                ORDER BY 1 NULLS FIRST""");
                ResultSet r = select.executeQuery()) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(r.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
