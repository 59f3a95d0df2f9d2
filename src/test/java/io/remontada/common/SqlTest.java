package io.remontada.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** How a statement's named values become JDBC's positional ones. */
class SqlTest {

    @Test
    void eachNamedValueBecomesAPositionalOneInOrderRepeatsIncluded() {
        List<String> names = new ArrayList<>();
        String positional = Sql.positional("SELECT c.* FROM club_alias a WHERE a.name_key LIKE :pattern OR :key <% a.name_key OR a.name_key % :key "
                + "LIMIT :limit", names);
        assertEquals("SELECT c.* FROM club_alias a WHERE a.name_key LIKE ? OR ? <% a.name_key OR a.name_key % ? LIMIT ?", positional);
        assertEquals(List.of("pattern", "key", "key", "limit"), names);
    }

    @Test
    void castsAndQuotedTextAreLeftAsTheyAre() {
        List<String> names = new ArrayList<>();
        String positional = Sql.positional("SELECT x::text, ':not_a_value', cast(:ids AS bigint[]) FROM t WHERE d > :after_date", names);
        assertEquals("SELECT x::text, ':not_a_value', cast(? AS bigint[]) FROM t WHERE d > ?", positional);
        assertEquals(List.of("ids", "after_date"), names);
    }

    @Test
    void aWhereClauseIsBuiltFromTheGivenConditionsOnly() {
        Sql sql = new Sql().where("c.country = :country", "country", null).where("c.name = :name", "name", "Ajax");
        assertEquals(" WHERE c.name = :name", sql.whereClause());
        assertEquals("", new Sql().whereClause());
    }
}
