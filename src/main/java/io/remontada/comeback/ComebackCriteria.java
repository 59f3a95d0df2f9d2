package io.remontada.comeback;

import io.remontada.common.Ids;
import io.remontada.common.Sql;
import io.remontada.common.error.BadUserInputException;
import io.remontada.match.CompetitionCatalog;
import io.remontada.match.RoundCatalog;
import io.remontada.match.Season;
import io.remontada.match.Stage;
import io.remontada.rules.ComebackScope;

/** A validated {@link ComebackFilter}, as SQL conditions on {@code deficit_occasion c}. */
record ComebackCriteria(Stage stage, ComebackScope scope, Long club, Long opponent, Long manager, String competition, String seasonFrom,
        String seasonTo, String round, Integer minDeficit, Boolean behindClosedDoors, Boolean secondLegAtHome) {

    static ComebackCriteria of(ComebackFilter f, CompetitionCatalog competitions, RoundCatalog rounds) {
        if (f == null) {
            return new ComebackCriteria(null, null, null, null, null, null, null, null, null, null, null, null);
        }
        if (f.minDeficit() != null && f.minDeficit() < 1) {
            throw new BadUserInputException("minDeficit must be at least 1, was " + f.minDeficit());
        }
        String from = Season.argument("seasonFrom", f.seasonFrom());
        String to = Season.argument("seasonTo", f.seasonTo());
        if (from != null && to != null && from.compareTo(to) > 0) {
            throw new BadUserInputException("seasonFrom must not be after seasonTo");
        }
        return new ComebackCriteria(f.stage(), f.scope(), Ids.parse("club", f.club()), Ids.parse("opponent", f.opponent()),
                Ids.parse("manager", f.manager()), competitions.argument(f.competition()), from, to,
                rounds.argument(f.round()), f.minDeficit(), f.behindClosedDoors(),
                f.secondLegAtHome());
    }

    /** The verdict's own scope and deficit win; a filter that contradicts the scope is a client mistake worth saying. */
    ComebackCriteria within(ComebackScope verdictScope, int deficit) {
        if (scope != null && scope != verdictScope) {
            throw new BadUserInputException("filter.scope " + scope + " contradicts scope " + verdictScope);
        }
        int atLeast = Math.max(deficit, minDeficit == null ? 1 : minDeficit);
        return new ComebackCriteria(stage, verdictScope, club, opponent, manager, competition, seasonFrom, seasonTo, round, atLeast,
                behindClosedDoors, secondLegAtHome);
    }

    /** Whether only season, round, stage, competition, scope and deficit narrow it: then {@code deficit_tally} can count it. */
    boolean countableByTally() {
        return club == null && opponent == null && manager == null && behindClosedDoors == null && secondLegAtHome == null;
    }

    Sql sql() {
        return new Sql()
                .where("c.scope = :scope", "scope", scope == null ? null : scope.name())
                .where("c.club_id = :club", "club", club)
                .where("c.opponent_id = :opponent", "opponent", opponent)
                .where("c.manager_id = :manager", "manager", manager)
                .where("c.competition = :competition", "competition", competition)
                .where("c.season >= :seasonFrom", "seasonFrom", seasonFrom)
                .where("c.season <= :seasonTo", "seasonTo", seasonTo)
                .where("c.round = :round", "round", round)
                .where("c.stage = :stage", "stage", stage == null ? null : stage.name())
                .where("c.deficit >= :minDeficit", "minDeficit", minDeficit)
                .where("c.behind_closed_doors = :closedDoors", "closedDoors", behindClosedDoors)
                .where("c.second_leg_at_home = :secondLegAtHome", "secondLegAtHome", secondLegAtHome);
    }
}
