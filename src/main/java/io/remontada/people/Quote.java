package io.remontada.people;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Quote")
public record Quote(@Id long id, @NonNull String text, LocalDate saidOn, String source,
        @Description("The words reached us through automated translation") boolean machineTranslated,
        @Ignore long personId, @Ignore Long clubId, @Ignore Long tieId, @Ignore Long matchId) {

    static Quote of(QuoteEntity q) {
        return new Quote(q.id, q.text, q.saidOn, q.source, q.machineTranslated, q.personId, q.clubId, q.tieId, q.matchId);
    }
}
