package io.remontada.match;

import java.time.LocalDate;

import io.remontada.common.Ids;
import io.remontada.common.Sql;
import io.remontada.common.error.BadUserInputException;
import io.remontada.rules.TieDecision;

/**
 * A validated {@link MatchFilter} or {@link TieFilter}, as SQL conditions on a match or tie
 * table named {@code c}. Ties and matches share the club, opponent, competition, season and
 * round filters; dates are a match filter, decisions a tie filter.
 */
public record MatchCriteria(Stage stage, Long club, Long opponent, String competition, String seasonFrom, String seasonTo,
        String round, LocalDate dateFrom, LocalDate dateTo, TieDecision decidedBy) {

    public static final MatchCriteria NONE = new MatchCriteria(null, null, null, null, null, null, null, null, null, null);

    public static MatchCriteria of(MatchFilter f, CompetitionCatalog competitions, RoundCatalog rounds) {
        if (f == null) {
            return NONE;
        }
        if (f.dateFrom() != null && f.dateTo() != null && f.dateFrom().isAfter(f.dateTo())) {
            throw new BadUserInputException("dateFrom must not be after dateTo");
        }
        return common(f.stage(), f.club(), f.opponent(), f.competition(), f.seasonFrom(), f.seasonTo(), rounds.argument(f.round()), competitions)
                .with(f.dateFrom(), f.dateTo(), null);
    }

    public static MatchCriteria of(TieFilter f, CompetitionCatalog competitions, RoundCatalog rounds) {
        if (f == null) {
            return NONE;
        }
        return common(f.stage(), f.club(), f.opponent(), f.competition(), f.seasonFrom(), f.seasonTo(), rounds.argument(f.round()), competitions)
                .with(null, null, f.decidedBy());
    }

    private static MatchCriteria common(Stage stage, String club, String opponent, String competition, String seasonFrom, String seasonTo,
            String round, CompetitionCatalog competitions) {
        String from = Season.argument("seasonFrom", seasonFrom);
        String to = Season.argument("seasonTo", seasonTo);
        if (from != null && to != null && from.compareTo(to) > 0) {
            throw new BadUserInputException("seasonFrom must not be after seasonTo");
        }
        return new MatchCriteria(stage, Ids.parse("club", club), Ids.parse("opponent", opponent), competitions.argument(competition),
                from, to, round, null, null, null);
    }

    private MatchCriteria with(LocalDate from, LocalDate to, TieDecision decision) {
        return new MatchCriteria(stage, club, opponent, competition, seasonFrom, seasonTo, round, from, to, decision);
    }

    /** Conditions on a match table named {@code c}. */
    public Sql matchSql() {
        return shared("c.home_club_id", "c.away_club_id")
                .where("c.match_date >= :dateFrom", "dateFrom", dateFrom)
                .where("c.match_date <= :dateTo", "dateTo", dateTo);
    }

    public Sql tieSql() {
        return shared("c.club_a_id", "c.club_b_id")
                .where("c.decided_by = :decidedBy", "decidedBy", decidedBy == null ? null : decidedBy.name());
    }

    private Sql shared(String sideA, String sideB) {
        return new Sql()
                .where("(" + sideA + " = :club OR " + sideB + " = :club)", "club", club)
                .where("(" + sideA + " = :opponent OR " + sideB + " = :opponent)", "opponent", opponent)
                .where("c.competition = :competition", "competition", competition)
                .where("c.season >= :seasonFrom", "seasonFrom", seasonFrom)
                .where("c.season <= :seasonTo", "seasonTo", seasonTo)
                .where("c.round = :round", "round", round)
                .where("c.stage = :stage", "stage", stage == null ? null : stage.name());
    }
}
