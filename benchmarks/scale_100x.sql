-- Grows the bundled record to 100 times its size for the benchmarks: 99 more copies of every club,
-- match, goal, tie and derived deficit occasion, each copy a parallel history between its own clubs
-- ("Liverpool FC #7"), so every index, filter and join meets 100 times the rows it meets in
-- production today; the per-season tally is summed again, as the importer would. Run on a database
-- the bundled import filled, never on a real deployment.
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE copies AS SELECT generate_series(1, 99) AS k;

INSERT INTO club (identity, name, country, founded, stadium, city)
SELECT c.identity || '#' || k, c.name || ' #' || k, c.country, c.founded, c.stadium, c.city FROM club c, copies;
CREATE TEMP TABLE club_map AS
SELECT o.id AS old_id, n.id AS new_id, k FROM club o JOIN copies ON true JOIN club n ON n.identity = o.identity || '#' || k
WHERE o.identity NOT LIKE '%#%';
CREATE INDEX ON club_map (old_id, k);

INSERT INTO club_alias (club_id, alias, name_key)
SELECT m.new_id, a.alias || ' #' || m.k, a.name_key || ' ' || m.k FROM club_alias a JOIN club_map m ON m.old_id = a.club_id;

INSERT INTO tie (competition, season, round, club_a_id, club_b_id, two_legged, aggregate_a, aggregate_b, winner_club_id, decided_by, last_date)
SELECT t.competition, t.season, t.round, a.new_id, b.new_id, t.two_legged, t.aggregate_a, t.aggregate_b,
       CASE WHEN t.winner_club_id = t.club_a_id THEN a.new_id WHEN t.winner_club_id = t.club_b_id THEN b.new_id END, t.decided_by, t.last_date
FROM tie t JOIN club_map a ON a.old_id = t.club_a_id JOIN club_map b ON b.old_id = t.club_b_id AND b.k = a.k;
CREATE TEMP TABLE tie_map AS
SELECT o.id AS old_id, n.id AS new_id, a.k FROM tie o
JOIN club_map a ON a.old_id = o.club_a_id JOIN club_map b ON b.old_id = o.club_b_id AND b.k = a.k
JOIN tie n ON (n.competition, n.season, n.round, n.club_a_id, n.club_b_id) = (o.competition, o.season, o.round, a.new_id, b.new_id);
CREATE INDEX ON tie_map (old_id, k);

INSERT INTO match (competition, season, round, round_kind, leg, replay, match_date, home_club_id, away_club_id, ht_home, ht_away,
                   ft_home, ft_away, aet_home, aet_away, pen_home, pen_away, awarded_home, awarded_away, venue, neutral,
                   behind_closed_doors, goals_complete, tie_id, stated_tie_winner_id, stated_decision, sources)
SELECT m.competition, m.season, m.round, m.round_kind, m.leg, m.replay, m.match_date, h.new_id, a.new_id, m.ht_home, m.ht_away,
       m.ft_home, m.ft_away, m.aet_home, m.aet_away, m.pen_home, m.pen_away, m.awarded_home, m.awarded_away, m.venue, m.neutral,
       m.behind_closed_doors, m.goals_complete, t.new_id, NULL, m.stated_decision, 'benchmark copy'
FROM match m JOIN club_map h ON h.old_id = m.home_club_id JOIN club_map a ON a.old_id = m.away_club_id AND a.k = h.k
LEFT JOIN tie_map t ON t.old_id = m.tie_id AND t.k = h.k;
CREATE TEMP TABLE match_map AS
SELECT o.id AS old_id, n.id AS new_id, h.k FROM match o
JOIN club_map h ON h.old_id = o.home_club_id JOIN club_map a ON a.old_id = o.away_club_id AND a.k = h.k
JOIN match n ON (n.home_club_id, n.away_club_id, n.match_date) = (h.new_id, a.new_id, o.match_date);
CREATE INDEX ON match_map (old_id, k);

INSERT INTO goal (match_id, seq, minute, stoppage, club_id, scorer, own_goal, penalty)
SELECT mm.new_id, g.seq, g.minute, g.stoppage, c.new_id, g.scorer, g.own_goal, g.penalty
FROM goal g JOIN match_map mm ON mm.old_id = g.match_id JOIN club_map c ON c.old_id = g.club_id AND c.k = mm.k;

INSERT INTO deficit_occasion (scope, club_id, opponent_id, deficit, overturned, competition, season, round, tie_id, match_id,
                              occurred_on, decided_by, behind_closed_doors, second_leg_at_home, manager_id)
SELECT o.scope, c.new_id, op.new_id, o.deficit, o.overturned, o.competition, o.season, o.round, t.new_id, mm.new_id,
       o.occurred_on, o.decided_by, o.behind_closed_doors, o.second_leg_at_home, o.manager_id
FROM deficit_occasion o JOIN club_map c ON c.old_id = o.club_id JOIN club_map op ON op.old_id = o.opponent_id AND op.k = c.k
JOIN match_map mm ON mm.old_id = o.match_id AND mm.k = c.k LEFT JOIN tie_map t ON t.old_id = o.tie_id AND t.k = c.k;
DELETE FROM deficit_tally;
INSERT INTO deficit_tally (scope, competition, season, round, deficit, overturned, occasions)
SELECT scope, competition, season, round, deficit, overturned, count(*) FROM deficit_occasion
GROUP BY scope, competition, season, round, deficit, overturned;
COMMIT;
VACUUM ANALYZE club; VACUUM ANALYZE club_alias; VACUUM ANALYZE match; VACUUM ANALYZE tie; VACUUM ANALYZE goal;
VACUUM ANALYZE deficit_occasion; VACUUM ANALYZE deficit_tally;
SELECT (SELECT count(*) FROM match) AS matches, (SELECT count(*) FROM tie) AS ties, (SELECT count(*) FROM deficit_occasion) AS occasions,
       (SELECT count(*) FROM club) AS clubs;
