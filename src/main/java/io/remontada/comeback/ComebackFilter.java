package io.remontada.comeback;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.remontada.match.Stage;
import io.remontada.rules.ComebackScope;

/** Every field optional; all given fields must hold. */
@Input("ComebackFilter")
public record ComebackFilter(Stage stage, ComebackScope scope, @Id String club, @Id String opponent,
        @Id @Description("The club's manager on the day") String manager, String competition, String seasonFrom, String seasonTo,
        String round, @Description("At least this many goals") Integer minDeficit, Boolean behindClosedDoors,
        @Description("The side that came back hosted the second leg (FIRST_LEG, TIE) or was at home (MATCH)") Boolean secondLegAtHome) {
}
