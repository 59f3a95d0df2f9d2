package io.remontada.importer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.remontada.importer.format.RoundKind;
import io.remontada.match.Season;

/**
 * Sanity checks over the whole record, which no single source can break unnoticed: a violation stops the import with
 * every violation listed, so a new error in a source (or in the importer) is corrected or explained before it is
 * stored. Checked on the merged matches before anything is written: every match dated inside its season, and no club
 * facing two opponents in one knockout round. Checked on the derived ties: every tie's aggregate the sum of its legs,
 * and every final won by one club, who holds the title.
 */
final class RecordChecks {

    /**
     * The 2019-20 season ran into August 2020: COVID-19 stopped it in March, and UEFA played its last rounds in
     * Lisbon (Champions League) and Germany (Europa League) up to 23 August 2020.
     */
    private static final String SEASON_THAT_RAN_INTO_AUGUST = "2019-20";

    private RecordChecks() {
    }

    /** Thrown with every violation found, one a line. */
    static final class Violations extends IllegalStateException {
        Violations(String check, List<String> found) {
            super(found.size() + " violation(s) of '" + check + "':\n" + String.join("\n", found));
        }
    }

    /**
     * The first and last day a match of the season can be played: from June of its first year (the preliminary
     * rounds of 2018-19 on began in late June) to June of its second (finals are in May or early June).
     */
    static LocalDate[] seasonWindow(String season) {
        int start = Season.startYear(season);
        LocalDate last = season.equals(SEASON_THAT_RAN_INTO_AUGUST) ? LocalDate.of(start + 1, Month.AUGUST, 31)
                : LocalDate.of(start + 1, Month.JUNE, 30);
        return new LocalDate[] {LocalDate.of(start, Month.JUNE, 1), last};
    }

    /** Checks the merged matches before anything is stored. */
    static void beforeWriting(List<MergedMatch> matches) {
        List<String> outside = new ArrayList<>();
        Map<String, Set<String>> opponents = new HashMap<>();
        Map<String, MergedMatch> firstSeen = new HashMap<>();
        List<String> twice = new ArrayList<>();
        for (MergedMatch m : matches) {
            LocalDate[] window = seasonWindow(m.season);
            if (m.date.isBefore(window[0]) || m.date.isAfter(window[1])) {
                outside.add(m.firstSeenAt + ": " + MatchMerger.describe(m) + " is outside season " + m.season + " (" + window[0] + " to "
                        + window[1] + ")");
            }
            if (m.roundKind == RoundKind.KNOCKOUT) {
                for (ClubIdentity[] side : new ClubIdentity[][] {{m.home, m.away}, {m.away, m.home}}) {
                    String key = m.competition + " " + m.season + " " + m.round + ": " + side[0].name();
                    Set<String> met = opponents.computeIfAbsent(key, k -> new HashSet<>());
                    if (met.add(side[1].identity()) && met.size() == 2) {
                        twice.add(m.firstSeenAt + ": " + key + " meets a second opponent, " + side[1].name() + " (the first at "
                                + firstSeen.get(key).firstSeenAt + ")");
                    }
                    firstSeen.putIfAbsent(key, m);
                }
            }
        }
        require("a match is dated inside its season", outside);
        require("no club twice in one knockout round", twice);
    }

    /** Checks the ties derived from what is stored. */
    static void afterDerivation(Connection connection) throws SQLException {
        require("a tie's aggregate is the sum of its legs", rows(connection, """
                SELECT t.competition || ' ' || t.season || ' ' || t.round || ': tie ' || t.id || ' has aggregate '
                       || t.aggregate_a || '-' || t.aggregate_b || ', its legs make ' || sum(a) || '-' || sum(b)
                FROM tie t
                JOIN LATERAL (
                    -- a leg counts with the result UEFA awarded where it did, else as it ended on the pitch
                    SELECT CASE WHEN m.home_club_id = t.club_a_id THEN coalesce(m.awarded_home, m.aet_home, m.ft_home)
                                ELSE coalesce(m.awarded_away, m.aet_away, m.ft_away) END AS a,
                           CASE WHEN m.home_club_id = t.club_a_id THEN coalesce(m.awarded_away, m.aet_away, m.ft_away)
                                ELSE coalesce(m.awarded_home, m.aet_home, m.ft_home) END AS b
                    FROM match m WHERE m.tie_id = t.id AND NOT m.replay) legs ON true
                GROUP BY t.id
                HAVING t.aggregate_a <> sum(a) OR t.aggregate_b <> sum(b)"""));
        require("a final has one winner, who holds the title", rows(connection, """
                SELECT competition || ' ' || season || ': ' || count(*) || ' final tie(s), '
                       || count(winner_club_id) || ' with a winner'
                FROM tie WHERE stage = 'FINAL'
                GROUP BY competition, season
                HAVING count(*) <> 1 OR count(winner_club_id) <> 1"""));
    }

    private static List<String> rows(Connection connection, String sql) throws SQLException {
        List<String> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet r = select.executeQuery()) {
            while (r.next()) {
                found.add(r.getString(1));
            }
        }
        return found;
    }

    private static void require(String check, List<String> found) {
        if (!found.isEmpty()) {
            throw new Violations(check, found);
        }
    }
}
