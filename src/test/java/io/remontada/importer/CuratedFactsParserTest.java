package io.remontada.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.remontada.common.Score;
import io.remontada.importer.format.SourceFormatException;

class CuratedFactsParserTest {

    private static CuratedFacts parse(String text) {
        return CuratedFactsParser.parse("facts.txt", new StringReader(text));
    }

    @Test
    void theBundledFileParsesWithEveryFactOfTheStory() throws IOException {
        CuratedFacts facts = CuratedFactsParser.parse("curated/facts.txt",
                new StringReader(Files.readString(Path.of("src/main/resources/data/curated/facts.txt"))));
        assertEquals(12, facts.matches().size());
        assertEquals(45, facts.goals().size());
        assertEquals(11, facts.goalsComplete().size());
        assertEquals(12, facts.spells().size());
        assertEquals(6, facts.quotes().size());
        assertTrue(facts.quotes().stream().allMatch(CuratedFacts.CuratedQuote::machineTranslated));
    }

    @Test
    void readsMatchesGoalsAndSpellsToTheirPrecision() {
        CuratedFacts facts = parse("""
                # a comment
                [match]
                2005-05-25 | UCL | 2004-05 | Final | | AC Milan (ITA) | Liverpool (ENG) | 3-3 | | 3-3 | 2-3 | Istanbul | yes |

                [goal]
                2016-04-14 | Liverpool (ENG) | Borussia Dortmund (GER) | 90+1 | Liverpool (ENG) | Lovren |
                2017-03-08 | Barcelona (ESP) | Paris Saint-Germain (FRA) | 40 | Barcelona (ESP) | Kurzawa | og

                [spell]
                Jurgen Klopp | Liverpool (ENG) | 2015-10-08 | 2024-05
                """);
        CuratedFacts.CuratedMatch milan = facts.matches().get(0);
        assertEquals("Liverpool", milan.ref().away().name());
        assertEquals("ENG", milan.ref().away().country());
        assertEquals(new Score(2, 3), milan.penalties());
        assertNull(milan.leg());
        assertTrue(milan.neutral());
        assertNull(milan.behindClosedDoors());
        assertEquals(90, facts.goals().get(0).minute());
        assertEquals(1, facts.goals().get(0).stoppage());
        assertTrue(facts.goals().get(1).ownGoal());
        assertEquals(LocalDate.of(2015, 10, 8), facts.spells().get(0).from().date());
        assertTrue(facts.spells().get(0).from().dayKnown());
        assertEquals(LocalDate.of(2024, 5, 1), facts.spells().get(0).to().date());
        assertFalse(facts.spells().get(0).to().dayKnown());
    }

    @Test
    void refusesBadRowsWithTheirLine() {
        SourceFormatException noCountry = assertThrows(SourceFormatException.class, () -> parse("""
                [spell]
                Jurgen Klopp | Liverpool | 2015-10-08 |
                """));
        assertEquals("facts.txt:2: a club is written 'Name (CCC)' with its country code, was 'Liverpool'", noCountry.getMessage());
        assertEquals("facts.txt:3: minute must look like 36 or 90+1, was '90 + 1'", assertThrows(SourceFormatException.class, () -> parse("""
                [goal]

                2016-04-14 | Liverpool (ENG) | Borussia Dortmund (GER) | 90 + 1 | Liverpool (ENG) | Lovren |
                """)).getMessage());
        assertEquals("facts.txt:1: a row before any [section]", assertThrows(SourceFormatException.class,
                () -> parse("Jurgen Klopp | Liverpool (ENG) | 2015 | 2024")).getMessage());
        assertTrue(assertThrows(SourceFormatException.class, () -> parse("""
                [person]
                Mohamed Salah | Liverpool
                """)).getMessage().startsWith("facts.txt:2: expected 1 fields"));
        assertTrue(assertThrows(SourceFormatException.class, () -> parse("""
                [trophies]
                Liverpool (ENG) | 6
                """)).getMessage().startsWith("facts.txt:2: unknown section"));
    }
}
