package io.remontada.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.remontada.common.Score;
import io.remontada.importer.format.EngsoccerdataCsvParser;
import io.remontada.importer.format.SourceFormatException;
import io.remontada.importer.format.SourceLocation;
import io.remontada.importer.format.SourceMatch;

/** Corrections apply over the row they name, and only while that row still says what they correct. */
class ErrataTest {

    private static final String FILE = "champs.csv";
    /** engsoccerdata's row for Celtic v Legia, 2014-15, as bundled: the awarded 3-0 written as the score played. */
    private static final String CELTIC_LEGIA = """
            "Date","Season","round","leg","home","visitor","FT","HT","aet","pens","hgoal","vgoal","FTagg_home","FTagg_visitor","aethgoal","aetvgoal","tothgoal","totvgoal","totagg_home","totagg_visitor","tiewinner","hcountry","vcountry"
            2014-07-30,2014,"Q-3","1","Legia Warsaw","Celtic","4-1",NA,NA,NA,4,1,4,4,NA,NA,4,1,4,4,"Celtic","POL","SCO"
            2014-08-06,2014,"Q-3","2","Celtic","Legia Warsaw","3-0",NA,NA,"away goals",3,0,4,4,NA,NA,3,0,4,4,"Celtic","SCO","POL"
            """;

    private static List<SourceMatch> rows() {
        return EngsoccerdataCsvParser.parse(FILE, java.time.LocalDate.of(2026, 5, 13), new StringReader(CELTIC_LEGIA)).matches();
    }

    private static Map.Entry<SourceLocation, String[]> correction(int at, String line, String subject, String field, String old, String replacement) {
        return Map.entry(new SourceLocation("errata.tsv", at), new String[] {FILE, line, subject, field, old, replacement, "UEFA, 8 August 2014"});
    }

    @Test
    void aCorrectionReplacesItsFieldAndAddsWhatNoSourceRowStates() {
        Errata errata = new Errata(List.of(
                correction(2, "3", "2014-08-06 Celtic v Legia Warsaw", "full time", "3-0", "0-2"),
                correction(3, "3", "2014-08-06 Celtic v Legia Warsaw", "awarded", "", "3-0"),
                correction(4, "3", "2014-08-06 Celtic v Legia Warsaw", "decision", "away goals", "")));

        List<Errata.CorrectedMatch> corrected = errata.apply(FILE, rows());

        assertEquals(new Score(4, 1), corrected.get(0).match().fullTime());
        assertEquals(false, corrected.get(0).corrected());
        Errata.CorrectedMatch secondLeg = corrected.get(1);
        assertEquals(new Score(0, 2), secondLeg.match().fullTime());
        assertEquals(new Score(3, 0), secondLeg.awarded());
        assertNull(secondLeg.match().statedDecision());
        assertEquals("Celtic", secondLeg.match().statedTieWinner());
        assertTrue(secondLeg.corrected());
        assertEquals(3, errata.applied().size());
        assertEquals("champs.csv:3 2014-08-06 Celtic v Legia Warsaw: full time 3-0 -> 0-2 (UEFA, 8 August 2014)", errata.applied().get(0).describe());
        errata.requireAllApplied();
    }

    @Test
    void aCorrectionWhoseRowNoLongerSaysTheOldValueIsRefusedAtItsLine() {
        // as if the source had been fixed upstream: applying 0-2 again would hide that the correction is stale
        Errata errata = new Errata(List.of(correction(7, "3", "2014-08-06 Celtic v Legia Warsaw", "full time", "0-2", "1-2")));

        SourceFormatException refused = assertThrows(SourceFormatException.class, () -> errata.apply(FILE, rows()));

        assertEquals("errata.tsv:7", refused.getMessage().substring(0, "errata.tsv:7".length()), refused.getMessage());
        assertTrue(refused.getMessage().contains("has full time '3-0', not '0-2'"), refused.getMessage());
    }

    @Test
    void aCorrectionWhoseLineHoldsAnotherMatchIsRefused() {
        Errata errata = new Errata(List.of(correction(5, "2", "2014-08-06 Celtic v Legia Warsaw", "full time", "4-1", "4-0")));

        SourceFormatException refused = assertThrows(SourceFormatException.class, () -> errata.apply(FILE, rows()));

        assertTrue(refused.getMessage().startsWith("errata.tsv:5"), refused.getMessage());
        assertTrue(refused.getMessage().contains("is 2014-07-30 Legia Warsaw v Celtic"), refused.getMessage());
    }

    @Test
    void aCorrectionOfALineWithoutAMatchOrOfAFileNotReadIsRefused() {
        Errata noRow = new Errata(List.of(correction(6, "9", "2014-08-06 Celtic v Legia Warsaw", "full time", "3-0", "0-2")));
        assertThrows(SourceFormatException.class, () -> noRow.apply(FILE, rows()));

        Errata unread = new Errata(List.of(Map.entry(new SourceLocation("errata.tsv", 8),
                new String[] {"other.csv", "3", "2014-08-06 Celtic v Legia Warsaw", "full time", "3-0", "0-2", "UEFA"})));
        unread.apply(FILE, rows());
        SourceFormatException refused = assertThrows(SourceFormatException.class, unread::requireAllApplied);
        assertTrue(refused.getMessage().startsWith("errata.tsv:8"), refused.getMessage());
    }

    @Test
    void aCorrectionNeedsACitation() {
        assertThrows(SourceFormatException.class, () -> new Errata(List.of(Map.entry(new SourceLocation("errata.tsv", 9),
                new String[] {FILE, "3", "2014-08-06 Celtic v Legia Warsaw", "full time", "3-0", "0-2", " "}))));
    }
}
