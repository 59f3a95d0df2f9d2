package io.remontada.importer;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.remontada.common.NameKey;
import io.remontada.importer.CuratedFacts.CuratedQuote;
import io.remontada.importer.CuratedFacts.CuratedSpell;
import io.remontada.importer.CuratedFacts.MatchRef;
import io.remontada.importer.format.SourceFormatException;

/**
 * Writes the curated awarded results, people, spells and quotes, once the matches they refer to are
 * stored (the curated goals go through {@link GoalWriter}, as every source of goal minutes does).
 */
final class CuratedWriter {

    private final Connection connection;
    private final Function<MatchRef, Long> matchIds;
    private final Function<MatchRef, Long> tieIdOfMatch;
    private final Map<String, Long> clubIds;
    private final Function<io.remontada.importer.format.SourceClub, String> identityOf;

    /**
     * @param matchIds     the stored match a reference names (refused at the reference's line when none)
     * @param tieIdOfMatch the tie of a referenced match, or null
     * @param identityOf   the club identity a curated club name resolves to
     */
    CuratedWriter(Connection connection, Function<MatchRef, Long> matchIds, Function<MatchRef, Long> tieIdOfMatch,
            Map<String, Long> clubIds, Function<io.remontada.importer.format.SourceClub, String> identityOf) {
        this.connection = connection;
        this.matchIds = matchIds;
        this.tieIdOfMatch = tieIdOfMatch;
        this.clubIds = clubIds;
        this.identityOf = identityOf;
    }

    /** Stores the results UEFA awarded in place of those played; the ties are derived after this. */
    void awarded(List<CuratedFacts.CuratedAwarded> awarded) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE match SET awarded_home = ?, awarded_away = ? WHERE id = ? AND (awarded_home, awarded_away) IS DISTINCT FROM (?, ?)")) {
            for (CuratedFacts.CuratedAwarded row : awarded) {
                update.setInt(1, row.score().home());
                update.setInt(2, row.score().away());
                update.setLong(3, matchIds.apply(row.match()));
                update.setInt(4, row.score().home());
                update.setInt(5, row.score().away());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** Inserts people not yet stored; returns the id of every name given. */
    Map<String, Long> people(List<String> names) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO person (name, name_key) VALUES (?, ?) ON CONFLICT (name_key) DO NOTHING")) {
            for (String name : names) {
                insert.setString(1, name);
                insert.setString(2, NameKey.of(name));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM person WHERE name_key = ?")) {
            for (String name : names) {
                select.setString(1, NameKey.of(name));
                try (ResultSet r = select.executeQuery()) {
                    r.next();
                    ids.put(name, r.getLong(1));
                }
            }
        }
        return ids;
    }

    void spells(List<CuratedSpell> spells, Map<String, Long> people) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO manager_spell (person_id, club_id, from_date, from_precision, to_date, to_precision)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (person_id, club_id, from_date) DO UPDATE SET from_precision = EXCLUDED.from_precision,
                    to_date = EXCLUDED.to_date, to_precision = EXCLUDED.to_precision""")) {
            for (CuratedSpell spell : spells) {
                if (spell.to() != null && !spell.to().date().isAfter(spell.from().date())) {
                    throw new SourceFormatException(spell.location(), "a spell ends after it starts");
                }
                upsert.setLong(1, people.get(spell.manager()));
                upsert.setLong(2, club(spell.club()));
                upsert.setDate(3, Date.valueOf(spell.from().date()));
                upsert.setString(4, spell.from().dayKnown() ? "DAY" : "MONTH");
                upsert.setDate(5, spell.to() == null ? null : Date.valueOf(spell.to().date()));
                upsert.setString(6, spell.to() == null ? null : spell.to().dayKnown() ? "DAY" : "MONTH");
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    void quotes(List<CuratedQuote> quotes, Map<String, Long> people) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO quote (person_id, text, said_on, source, machine_translated, club_id, tie_id, match_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (person_id, text) DO UPDATE SET said_on = EXCLUDED.said_on, source = EXCLUDED.source,
                    machine_translated = EXCLUDED.machine_translated, club_id = EXCLUDED.club_id, tie_id = EXCLUDED.tie_id,
                    match_id = EXCLUDED.match_id""")) {
            for (CuratedQuote quote : quotes) {
                Long matchId = quote.about() == null ? null : matchIds.apply(quote.about());
                upsert.setLong(1, people.get(quote.speaker()));
                upsert.setString(2, quote.text());
                upsert.setDate(3, quote.saidOn() == null ? null : Date.valueOf(quote.saidOn()));
                upsert.setString(4, quote.source());
                upsert.setBoolean(5, quote.machineTranslated());
                ImportWriter.setLong(upsert, 6, quote.club() == null ? null : club(quote.club()));
                ImportWriter.setLong(upsert, 7, quote.about() == null ? null : tieIdOfMatch.apply(quote.about()));
                ImportWriter.setLong(upsert, 8, matchId);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private long club(io.remontada.importer.format.SourceClub club) {
        return clubIds.get(identityOf.apply(club));
    }
}
