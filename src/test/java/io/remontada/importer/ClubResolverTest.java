package io.remontada.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.remontada.importer.format.RegisterClub;
import io.remontada.importer.format.SourceClub;
import io.remontada.importer.format.SourceFormatException;
import io.remontada.importer.format.SourceLocation;

class ClubResolverTest {

    private static final SourceLocation AT = new SourceLocation("cl.txt", 7);

    private static RegisterClub club(String name, String country, String... aliases) {
        return new RegisterClub(name, List.of(aliases), country, null, null, null, new SourceLocation("register", 1));
    }

    private static final List<RegisterClub> REGISTER = List.of(
            club("Bayern München", "GER", "FC Bayern München", "Bayern Munich"),
            club("Liverpool FC", "ENG", "Liverpool"),
            club("Liverpool Montevideo", "URU", "Liverpool"),
            club("PFC CSKA Sofia", "BUL", "CSKA Sofia", "CSKA 1948 Sofia"),
            club("Herfølge BK", "DEN"),
            club("HB Køge", "DEN", "HB Koge"),
            club("Sporting A", "POR", "Sporting"),
            club("Sporting B", "POR", "Sporting"));

    private static ClubResolver resolver(ClubResolver.Alias... aliases) {
        return new ClubResolver(REGISTER, List.of(new ClubResolver.Mapping("HB Koge", "DEN", "Herfølge BK", AT)),
                Set.of("BUL|cska 1948 sofia"), List.of(aliases));
    }

    private static ClubResolver.Alias alias(String registerName, String country, String alias) {
        return new ClubResolver.Alias(registerName, country, alias, new SourceLocation("club-aliases.tsv", 2));
    }

    @Test
    void everyNameOfAClubInItsCountryIsOneIdentityWithAllTheNames() {
        ClubResolver resolver = resolver();
        ClubIdentity byAlias = resolver.resolve(new SourceClub("Bayern Munich", "GER"), AT);
        ClubIdentity byAccentlessName = resolver.resolve(new SourceClub("FC Bayern Munchen", "GER"), AT);
        assertEquals(byAlias, byAccentlessName);
        assertEquals("Bayern München", byAlias.name());
        assertTrue(byAlias.names().contains("FC Bayern Munchen"));
        assertEquals(1, resolver.identities().size());
    }

    @Test
    void theCountryTellsNamesakesApart() {
        ClubResolver resolver = resolver();
        assertNotEquals(resolver.resolve(new SourceClub("Liverpool", "ENG"), AT).identity(),
                resolver.resolve(new SourceClub("Liverpool", "URU"), AT).identity());
    }

    @Test
    void aReviewedMappingBeatsAFalseFriendOfTheRegister() {
        assertEquals("Herfølge BK", resolver().resolve(new SourceClub("HB Koge", "DEN"), AT).name());
    }

    @Test
    void aNameTheRegisterWronglyGivesToAnotherClubIsAClubOfItsOwn() {
        ClubResolver resolver = resolver();
        ClubIdentity cska1948 = resolver.resolve(new SourceClub("CSKA 1948 Sofia", "BUL"), AT);
        assertEquals("S:BUL:cska 1948 sofia", cska1948.identity());
        assertNotEquals(cska1948, resolver.resolve(new SourceClub("CSKA Sofia", "BUL"), AT));
    }

    @Test
    void aNameTheRegisterLacksBecomesAClubKnownByThatName() {
        ClubResolver resolver = resolver();
        ClubIdentity spaeri = resolver.resolve(new SourceClub("Spaeri FC", "GEO"), AT);
        assertEquals(spaeri, resolver.resolve(new SourceClub("SPAERI F.C.", "GEO"), AT));
    }

    @Test
    void anAmbiguousNameIsRefusedUntilAMappingSettlesIt() {
        SourceFormatException refused = assertThrows(SourceFormatException.class,
                () -> resolver().resolve(new SourceClub("Sporting", "POR"), AT));
        assertTrue(refused.getMessage().startsWith("cl.txt:7: club 'Sporting' (POR) is a name of Sporting A and Sporting B"));
        assertThrows(SourceFormatException.class, () -> resolver().resolve(new SourceClub("Sporting", null), AT));
    }

    @Test
    void aReviewedAliasIsANameOfItsClubAndFindsItInASource() {
        ClubResolver resolver = resolver(alias("Bayern München", "GER", "FC Hollywood"));
        ClubIdentity bayern = resolver.resolve(new SourceClub("Bayern Munich", "GER"), AT);
        assertTrue(bayern.names().contains("FC Hollywood"));
        assertEquals(bayern, resolver.resolve(new SourceClub("FC HOLLYWOOD", "GER"), AT));
    }

    @Test
    void aReviewedAliasAnotherClubGoesByAnywhereIsRefused() {
        SourceFormatException refused = assertThrows(SourceFormatException.class,
                () -> resolver(alias("Liverpool Montevideo", "URU", "Liverpool FC")));
        assertEquals("club-aliases.tsv:2: 'Liverpool FC' is already a name of R:ENG:liverpool fc by the register: two clubs would share it, "
                + "and a lookup by it could not tell them apart", refused.getMessage());
        assertThrows(SourceFormatException.class, () -> resolver(alias("PFC CSKA Sofia", "BUL", "CSKA 1948 Sofia")));
        assertThrows(SourceFormatException.class,
                () -> resolver(alias("Bayern München", "GER", "The Reds"), alias("Liverpool FC", "ENG", "The Reds")));
    }

    @Test
    void aReviewedAliasTheClubHasAlreadyOrOfAClubTheRegisterLacksIsRefused() {
        assertTrue(assertThrows(SourceFormatException.class, () -> resolver(alias("Bayern München", "GER", "Bayern Munchen")))
                .getMessage().endsWith(": drop the row"));
        assertThrows(SourceFormatException.class, () -> resolver(alias("Nowhere Rovers", "ENG", "Rovers")));
    }

    @Test
    void aNameReviewedAsAClubOfItsOwnIsNotAlsoTheRegisterClubs() {
        ClubIdentity cskaSofia = resolver().resolve(new SourceClub("CSKA Sofia", "BUL"), AT);
        assertTrue(cskaSofia.names().contains("PFC CSKA Sofia"));
        assertFalse(cskaSofia.names().contains("CSKA 1948 Sofia"), cskaSofia.names().toString());
    }
}
