package io.remontada.importer;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.remontada.common.Score;
import io.remontada.importer.CuratedFacts.CuratedAwarded;
import io.remontada.importer.CuratedFacts.CuratedQuote;
import io.remontada.importer.CuratedFacts.CuratedSpell;
import io.remontada.importer.CuratedFacts.MatchRef;
import io.remontada.importer.CuratedFacts.PartialDate;
import io.remontada.importer.format.SourceClub;
import io.remontada.importer.format.SourceFormatException;
import io.remontada.importer.tables.ManagerSpellTable;
import io.remontada.importer.tables.MatchTable;
import io.remontada.importer.tables.PersonTable;
import io.remontada.importer.tables.QuoteTable;

/**
 * Stores the curated awarded results, people, spells and quotes, once the matches they refer to are stored (the
 * curated goals go through {@link GoalStore}, as every source of goal minutes does).
 */
final class CuratedStore {

    private final Connection connection;
    private final Function<MatchRef, Long> matchIds;
    private final Map<String, Long> clubIds;
    private final Function<SourceClub, String> identityOf;

    /**
     * @param matchIds   the stored match a reference names (refused at the reference's line when none)
     * @param identityOf the club identity a curated club name resolves to
     */
    CuratedStore(Connection connection, Function<MatchRef, Long> matchIds, Map<String, Long> clubIds, Function<SourceClub, String> identityOf) {
        this.connection = connection;
        this.matchIds = matchIds;
        this.clubIds = clubIds;
        this.identityOf = identityOf;
    }

    /** Stores the results UEFA awarded in place of those played. */
    void awarded(List<CuratedAwarded> awarded) throws SQLException {
        Map<Long, Score> scores = new LinkedHashMap<>();
        awarded.forEach(row -> scores.put(matchIds.apply(row.match()), row.score()));
        new MatchTable(connection).award(scores);
    }

    /** Stores everyone the curated facts name (people, managers, speakers); returns the id of each name. */
    Map<String, Long> people(CuratedFacts curated) throws SQLException {
        List<String> names = new ArrayList<>();
        curated.people().forEach(p -> names.add(p.name()));
        curated.spells().forEach(s -> names.add(s.manager()));
        curated.quotes().forEach(q -> names.add(q.speaker()));
        return new PersonTable(connection).store(names.stream().distinct().toList());
    }

    void spells(List<CuratedSpell> spells, Map<String, Long> people) throws SQLException {
        List<ManagerSpellTable.Row> rows = new ArrayList<>();
        for (CuratedSpell spell : spells) {
            if (spell.to() != null && !spell.to().date().isAfter(spell.from().date())) {
                throw new SourceFormatException(spell.location(), "a spell ends after it starts");
            }
            rows.add(new ManagerSpellTable.Row(people.get(spell.manager()), club(spell.club()), spell.from().date(), precision(spell.from()),
                    spell.to() == null ? null : spell.to().date(), spell.to() == null ? null : precision(spell.to())));
        }
        new ManagerSpellTable(connection).upsert(rows);
    }

    /** Stores the quotes; one about a match is about its tie too, so this comes once the ties are derived. */
    void quotes(List<CuratedQuote> quotes, Map<String, Long> people) throws SQLException {
        MatchTable matches = new MatchTable(connection);
        List<QuoteTable.Row> rows = new ArrayList<>();
        for (CuratedQuote quote : quotes) {
            Long matchId = quote.about() == null ? null : matchIds.apply(quote.about());
            rows.add(new QuoteTable.Row(people.get(quote.speaker()), quote.text(), quote.saidOn(), quote.source(), quote.machineTranslated(),
                    quote.club() == null ? null : club(quote.club()), matchId == null ? null : matches.tieOf(matchId), matchId));
        }
        new QuoteTable(connection).upsert(rows);
    }

    private static String precision(PartialDate date) {
        return date.dayKnown() ? "DAY" : "MONTH";
    }

    private long club(SourceClub club) {
        return clubIds.get(identityOf.apply(club));
    }
}
