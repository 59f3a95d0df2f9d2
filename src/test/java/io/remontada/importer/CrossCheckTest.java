package io.remontada.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.remontada.common.Score;
import io.remontada.importer.format.RoundKind;
import io.remontada.importer.format.SourceClub;
import io.remontada.importer.format.SourceLocation;
import io.remontada.importer.format.SourceMatch;

/**
 * The third source against the record: every disagreement of the bundle is corrected or explained, so a new one (a
 * changed source, a new file, a correction gone) fails here before it reaches an import.
 */
class CrossCheckTest {

    @Test
    void theBundleHasNoUnexplainedDisagreementAndEveryCorrectionFindsItsRow() {
        BundledData bundled = new BundledData();
        Errata errata = bundled.errata();
        ImportReport report = new ImportReport();

        MatchMerger merger = new ImportService(null, bundled, null, null, null, null, null).read(bundled.matchSources(), errata, bundled.clubResolver(errata), report, true);

        assertEquals(List.of(), report.crossCheckDisagreements.stream().filter(d -> d.endsWith("UNEXPLAINED")).toList());
        assertEquals(0, report.unexplainedCrossCheck);
        assertEquals(4, report.crossCheckDisagreements.size(), String.join("\n", report.crossCheckDisagreements));
        assertTrue(report.crossChecked > 150, "matches compared: " + report.crossChecked);
        assertTrue(errata.applied().stream().anyMatch(c -> c.describe().startsWith("engsoccerdata/champs.csv:754 1969-05-28 AC Milan v AFC Ajax: full time 4-0 -> 4-1")));
        // the holes filled: CL qualifying 2018-19 (3 preliminary, 78 qualifying, 12 play-off matches read), Europa League knockout rounds
        assertEquals(91, merger.matches().stream().filter(m -> m.competition.equals("UCL") && m.season.equals("2018-19")
                && !m.sources.contains("engsoccerdata") && m.round.matches("Preliminary.*|.*qualifying round|Play-off round")).count());
        assertEquals(13, merger.matches().stream().filter(m -> m.competition.equals("UEL") && m.season.equals("2011-12")).count());
        assertEquals(61, merger.matches().stream().filter(m -> m.competition.equals("UEL") && m.season.equals("2012-13")).count());
    }

    private static final ClubIdentity REAL = ClubIdentity.of("R:ESP:realmadrid", "Real Madrid", "ESP", null, null, null);
    private static final ClubIdentity REIMS = ClubIdentity.of("R:FRA:stadereims", "Stade Reims", "FRA", null, null, null);

    private static SourceMatch finalOf(String file, String date, String score) {
        return new SourceMatch(new SourceLocation(file, 5), "UCL", "1955-56", "Final", RoundKind.FINAL, null, false, LocalDate.parse(date),
                new SourceClub("Real Madrid", "ESP"), new SourceClub("Stade Reims", "FRA"), null, Score.parse(score), null, null, null, null);
    }

    @Test
    void aDisagreementWithoutAnExplanationIsCountedAndOneWithItSaysWhoIsRight() {
        MatchMerger merger = new MatchMerger();
        merger.add(finalOf("champs.csv", "1956-06-13", "4-3"), REAL, REIMS, null, "engsoccerdata");
        ImportReport report = new ImportReport();
        CrossCheck check = new CrossCheck(merger, report, List.of(Map.entry(new SourceLocation("explanations.tsv", 2),
                new String[] {"b.txt", "5", "1956-06-13 Real Madrid v Stade Reims", "date", "engsoccerdata", "one compilation dates them all"})));

        check.check(finalOf("a.txt", "1956-06-13", "4-2"), REAL, REIMS, false);
        check.check(finalOf("b.txt", "1956-06-14", "4-3"), REAL, REIMS, false);

        assertEquals(1, report.unexplainedCrossCheck);
        assertEquals("a.txt:5 1956-06-13 Real Madrid v Stade Reims: full time 4-2 here, 4-3 in the record (champs.csv:5) | UNEXPLAINED",
                report.crossCheckDisagreements.get(0));
        assertTrue(report.crossCheckDisagreements.get(1).endsWith("date 1956-06-14 here, 1956-06-13 in the record (champs.csv:5)"
                + " | engsoccerdata is right: one compilation dates them all"), report.crossCheckDisagreements.get(1));
        check.requireAllUsed();
        assertEquals(1, merger.matches().size());
    }
}
