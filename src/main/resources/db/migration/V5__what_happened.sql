-- What happened, beyond the score.

-- A match abandoned before its end (floodlights failed, a crowd invaded the pitch) keeps the score it had when the
-- referee stopped it, and says so here; what UEFA decided afterwards (the result standing, or one awarded in its
-- place, awarded_home/away) sits beside it. Null where the record does not say, as for behind_closed_doors.
ALTER TABLE match ADD COLUMN abandoned boolean;

-- The preliminary rounds from 2018-19 on are a small tournament of single matches, semi-finals then a final: each
-- is a round of its own, so that the club that plays both meets one opponent a round, as in every other round.
-- Replacing the function does not recompute the stored generated columns (PostgreSQL computes them on INSERT and
-- UPDATE only): rows it now maps otherwise are rewritten in place below, which recomputes them.
CREATE OR REPLACE FUNCTION stage_of(round text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE
        WHEN round IN ('Preliminary round', 'Preliminary round, semi-finals', 'Preliminary round, final') THEN 'PRELIMINARY'
        WHEN round IN ('First qualifying round', 'Second qualifying round', 'Third qualifying round') THEN 'QUALIFYING'
        WHEN round = 'Play-off round' THEN 'PLAY_OFF'
        WHEN round = 'First round' THEN 'FIRST_ROUND'
        WHEN round = 'Second round' THEN 'SECOND_ROUND'
        WHEN round = 'Group stage' OR round ~ '^((First|Second) group stage, )?Group [A-L]$' THEN 'GROUP'
        WHEN round = 'League phase' THEN 'LEAGUE_PHASE'
        WHEN round = 'Knockout play-offs' THEN 'KNOCKOUT_PLAY_OFF'
        WHEN round = 'Round of 32' THEN 'ROUND_OF_32'
        WHEN round = 'Round of 16' THEN 'ROUND_OF_16'
        WHEN round = 'Quarter-finals' THEN 'QUARTER_FINAL'
        WHEN round = 'Semi-finals' THEN 'SEMI_FINAL'
        WHEN round = 'Final' THEN 'FINAL'
    END;

UPDATE match SET round = round WHERE stage IS DISTINCT FROM stage_of(round);
UPDATE tie SET round = round WHERE stage IS DISTINCT FROM stage_of(round);
UPDATE deficit_occasion SET round = round WHERE stage IS DISTINCT FROM stage_of(round);
UPDATE deficit_tally SET round = round WHERE stage IS DISTINCT FROM stage_of(round);
