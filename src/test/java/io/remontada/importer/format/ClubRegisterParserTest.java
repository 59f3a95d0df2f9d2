package io.remontada.importer.format;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ClubRegisterParserTest {

    private static List<RegisterClub> parse(String text) {
        return ClubRegisterParser.parse("eng.clubs.txt", "eng", new StringReader(text));
    }

    private static String failure(String text) {
        return assertThrows(SourceFormatException.class, () -> parse(text)).getMessage();
    }

    @Test
    void readsClubsWithAliasesAndSkipsHeadingsAndComments() {
        List<RegisterClub> clubs = parse("""
                ====================================
                =  England

                #  note: see wal.txt for teams from wales

                Arsenal FC, 1886, @ Emirates Stadium, London (Highbury)   ## Greater London
                  | Arsenal | FC Arsenal
                  | The Arsenal FC       # old name before season 1927/8
                Charlton Athletic FC,  @ The Valley,  London (Charlton)
                Kingstonian FC,  1885,  London (Kingston upon Thames)
                Wimbledon FC
                  | Wimbledon |
                """);
        assertEquals(List.of(
                new RegisterClub("Arsenal FC", List.of("Arsenal", "FC Arsenal", "The Arsenal FC"), "eng", 1886,
                        "Emirates Stadium", "London (Highbury)", new SourceLocation("eng.clubs.txt", 6)),
                new RegisterClub("Charlton Athletic FC", List.of(), "eng", null, "The Valley", "London (Charlton)",
                        new SourceLocation("eng.clubs.txt", 9)),
                new RegisterClub("Kingstonian FC", List.of(), "eng", 1885, null, "London (Kingston upon Thames)",
                        new SourceLocation("eng.clubs.txt", 10)),
                new RegisterClub("Wimbledon FC", List.of("Wimbledon"), "eng", null, null, null,
                        new SourceLocation("eng.clubs.txt", 11))), clubs);
    }

    @Test
    void handlesRegisterVariants() {
        List<RegisterClub> clubs = parse("""
                SK Rapid Wien, 1899,  @ Allianz Stadion,   Wien (Hütteldorf)
                  | Rapid Vienna [en] | Rapid Wien,
                 Keisslergasse 3 // 1140 Wien
                ii) SK Rapid Wien II
                  | Rapid II
                FC Stal Kamianske (1926-2018),    Kamianske
                Hereford FC (2014-),  1924, Hereford
                Blau-Weiß 90 Berlin (-1992),  Berlin
                VfV Hildesheim,     Hildesheim
                  VfV 06 Hildesheim
                 Levanger FK, Levanger
                Loughborough FC,   Loughborough › Leicestershire,
                Vegalta Sendai,       Sendai,\tMiyagi
                AmaZulu\tDurban,   Durban North
                FC Gambarogno-Contone | FC Gambarogno
                Miedź Legnica,  1971 @ Stadion Miejski,  Legnica
                """);
        RegisterClub rapid = clubs.get(0);
        assertEquals(List.of("Rapid Vienna", "Rapid Wien"), rapid.aliases());
        RegisterClub reserve = clubs.get(1);
        assertEquals("SK Rapid Wien II", reserve.name());
        assertEquals(List.of("Rapid II"), reserve.aliases());
        assertEquals("FC Stal Kamianske", clubs.get(2).name());
        assertEquals(1926, clubs.get(2).founded());
        assertEquals("Hereford FC", clubs.get(3).name());
        assertEquals(1924, clubs.get(3).founded());
        assertEquals("Blau-Weiß 90 Berlin", clubs.get(4).name());
        assertEquals(null, clubs.get(4).founded());
        assertEquals(List.of("VfV 06 Hildesheim"), clubs.get(5).aliases());
        assertEquals("Levanger FK", clubs.get(6).name());
        assertEquals("Loughborough", clubs.get(7).city());
        assertEquals("Sendai, Miyagi", clubs.get(8).city());
        assertEquals("AmaZulu Durban", clubs.get(9).name());
        assertEquals(List.of("FC Gambarogno"), clubs.get(10).aliases());
        assertEquals("FC Gambarogno-Contone", clubs.get(10).name());
        assertEquals(new RegisterClub("Miedź Legnica", List.of(), "eng", 1971, "Stadion Miejski", "Legnica",
                new SourceLocation("eng.clubs.txt", 16)), clubs.get(11));
        assertEquals(12, clubs.size());
    }

    @Test
    void reportsErrorsWithFileAndLine() {
        assertEquals("eng.clubs.txt:2: alias line before any club: '| Arsenal'", failure("= England\n  | Arsenal\n"));
        assertEquals("eng.clubs.txt:1: rename arrow '=>' is not supported: 'Arsenal FC => Arsenal, London'",
                failure("Arsenal FC => Arsenal, London\n"));
        assertEquals("eng.clubs.txt:1: '1886' out of order: expected name, year, @ stadium, city in "
                + "'Arsenal FC, London, 1886'", failure("Arsenal FC, London, 1886\n"));
        assertEquals("eng.clubs.txt:1: empty field in club line: 'Arsenal FC,, London'",
                failure("Arsenal FC,, London\n"));
    }
}
