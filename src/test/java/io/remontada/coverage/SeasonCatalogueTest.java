package io.remontada.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.remontada.match.Stage;

class SeasonCatalogueTest {

    private static SeasonCatalogue parse(String text) {
        return SeasonCatalogue.parse("seasons.txt", new StringReader(text));
    }

    @Test
    void aRowNamesItsStagesWithTheirMatchesOrAQuestionMark() {
        SeasonCatalogue catalogue = parse("""
                # comment
                UCL | 1955-56 | FIRST_ROUND 29, QUARTER_FINAL 8, SEMI_FINAL 4, FINAL 1
                UEL | 1971-72 | FIRST_ROUND ?, FINAL ?
                UEL | 1973-74 | FIRST_ROUND ?
                """);
        assertEquals(List.of("UCL", "UEL"), catalogue.competitions());
        assertEquals(29, catalogue.entry("UCL", "1955-56").matchesByStage().get(Stage.FIRST_ROUND));
        assertEquals(List.of(Stage.FIRST_ROUND, Stage.QUARTER_FINAL, Stage.SEMI_FINAL, Stage.FINAL),
                List.copyOf(catalogue.entry("UCL", "1955-56").matchesByStage().keySet()));
        assertTrue(catalogue.entry("UEL", "1971-72").matchesByStage().containsKey(Stage.FINAL));
        assertNull(catalogue.entry("UEL", "1971-72").matchesByStage().get(Stage.FINAL));
        assertNull(catalogue.entry("UEL", "1972-73"), "a season without a row is not invented");
        assertEquals(List.of("1971-72", "1972-73", "1973-74", "1974-75"), catalogue.seasons("UEL", "1974-75"));
    }

    @Test
    void aBadRowIsRefusedAtItsLine() {
        assertEquals("seasons.txt:2: unknown stage 'QUARTERS'",
                assertThrows(IllegalArgumentException.class, () -> parse("UCL | 1955-56 | FINAL 1\nUCL | 1956-57 | QUARTERS 8\n")).getMessage());
        assertEquals("seasons.txt:1: a number of matches must be a positive whole number or '?', was '0'",
                assertThrows(IllegalArgumentException.class, () -> parse("UCL | 1955-56 | FINAL 0\n")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> parse("UCL | 1955-57 | FINAL 1\n")).getMessage()
                .startsWith("seasons.txt:1: season must name a season"));
        assertEquals("seasons.txt:2: UCL 1955-56 is listed twice",
                assertThrows(IllegalArgumentException.class, () -> parse("UCL | 1955-56 | FINAL 1\nUCL | 1955-56 | FINAL 1\n")).getMessage());
        assertEquals("seasons.txt:1: stage FINAL is listed twice",
                assertThrows(IllegalArgumentException.class, () -> parse("UCL | 1955-56 | FINAL 1, FINAL 2\n")).getMessage());
    }

    @Test
    void theBundledCatalogueKnowsEveryCompetitionFromItsFirstSeason() throws Exception {
        try (var in = new InputStreamReader(SeasonCatalogueTest.class.getResourceAsStream("/data/catalogue/competition-seasons.txt"),
                StandardCharsets.UTF_8)) {
            SeasonCatalogue catalogue = SeasonCatalogue.parse("competition-seasons.txt", in);
            assertEquals("1955-56", catalogue.firstSeason("UCL"));
            assertEquals("1971-72", catalogue.firstSeason("UEL"));
            assertEquals("2021-22", catalogue.firstSeason("UECL"));
            for (String competition : catalogue.competitions()) {
                for (String season : catalogue.seasons(competition, "2026-27")) {
                    assertTrue(catalogue.entry(competition, season) != null, competition + " " + season + " has no row");
                }
            }
        }
    }
}
