package io.remontada.importer;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.remontada.common.Score;
import io.remontada.importer.format.RoundKind;
import io.remontada.importer.format.SourceLocation;

/** The sanity checks over the whole record, on their real edge cases. */
class RecordChecksTest {

    private static final ClubIdentity A = ClubIdentity.of("S:AND:a", "A", "AND", null, null, null);
    private static final ClubIdentity B = ClubIdentity.of("S:KOS:b", "B", "KOS", null, null, null);
    private static final ClubIdentity C = ClubIdentity.of("S:SMR:c", "C", "SMR", null, null, null);

    private static MergedMatch match(String season, String round, String date, ClubIdentity home, ClubIdentity away) {
        return new MergedMatch(new SourceLocation("f.txt", 1), "UCL", season, round, RoundKind.KNOCKOUT, null, false, LocalDate.parse(date), home,
                away, null, new Score(1, 0), null, null);
    }

    @Test
    void aSeasonRunsFromJuneToJuneAnd2019_20IntoAugust() {
        // the preliminary round of 2018-19 was played in June 2018, the 2019-20 final in August 2020
        assertDoesNotThrow(() -> RecordChecks.beforeWriting(List.of(match("2018-19", "Preliminary round, semi-finals", "2018-06-26", A, B),
                match("2019-20", "Final", "2020-08-23", A, C))));
        RecordChecks.Violations violation = assertThrows(RecordChecks.Violations.class,
                () -> RecordChecks.beforeWriting(List.of(match("2009-10", "Semi-finals", "2009-04-20", A, B))));
        assertTrue(violation.getMessage().contains("2009-04-20 A v B is outside season 2009-10"), violation.getMessage());
        assertEquals(LocalDate.of(2019, 6, 30), RecordChecks.seasonWindow("2018-19")[1]);
    }

    @Test
    void aClubMeetingTwoOpponentsInOneKnockoutRoundIsAViolation() {
        assertDoesNotThrow(() -> RecordChecks.beforeWriting(List.of(match("2018-19", "Preliminary round, semi-finals", "2018-06-26", A, B),
                match("2018-19", "Preliminary round, final", "2018-06-29", C, B))));
        RecordChecks.Violations violation = assertThrows(RecordChecks.Violations.class, () -> RecordChecks.beforeWriting(List.of(
                match("2018-19", "Preliminary round", "2018-06-26", A, B), match("2018-19", "Preliminary round", "2018-06-29", C, B))));
        assertTrue(violation.getMessage().contains("no club twice in one knockout round"), violation.getMessage());
        assertTrue(violation.getMessage().contains("UCL 2018-19 Preliminary round: B meets a second opponent, C"), violation.getMessage());
    }
}
