package io.remontada.people;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;

@Name("ManagerSpell")
@Description("A manager's spell at a club. `from`/`to` are set only when the record knows the day; "
        + "`fromMonth`/`toMonth` (\"2015-10\") always when it knows the month. A spell with no end is current.")
public record ManagerSpell(LocalDate from, LocalDate to, String fromMonth, String toMonth,
        @Ignore long personId, @Ignore long clubId) {

    static ManagerSpell of(ManagerSpellEntity s) {
        return new ManagerSpell(dayOrNull(s.fromDate, s.fromPrecision), dayOrNull(s.toDate, s.toPrecision),
                month(s.fromDate), month(s.toDate), s.personId, s.clubId);
    }

    private static LocalDate dayOrNull(LocalDate date, String precision) {
        return "DAY".equals(precision) ? date : null;
    }

    private static String month(LocalDate date) {
        return date == null ? null : date.toString().substring(0, 7);
    }
}
