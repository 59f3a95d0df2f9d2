-- The stage of a competition a round belongs to, whatever a source calls the round. The parsers map
-- every source's label onto one canonical round name (importer/format/Rounds.java); this function maps
-- those names onto the stages of the API's Stage enum, in one place, and the generated columns below
-- keep every row's stage in step with its round without any writer having to set it.
-- A round no rule knows gives NULL, which the NOT NULL columns refuse: a new canonical round needs a
-- new migration that replaces this function and recomputes the columns.
CREATE FUNCTION stage_of(round text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE
        WHEN round = 'Preliminary round' THEN 'PRELIMINARY'
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

ALTER TABLE match ADD COLUMN stage text NOT NULL GENERATED ALWAYS AS (stage_of(round)) STORED;
ALTER TABLE tie ADD COLUMN stage text NOT NULL GENERATED ALWAYS AS (stage_of(round)) STORED;
ALTER TABLE deficit_occasion ADD COLUMN stage text NOT NULL GENERATED ALWAYS AS (stage_of(round)) STORED;
ALTER TABLE deficit_tally ADD COLUMN stage text NOT NULL GENERATED ALWAYS AS (stage_of(round)) STORED;

-- Coverage counts the record's matches per competition, season and stage.
CREATE INDEX match_span_idx ON match (competition, season, stage) INCLUDE (goals_complete, match_date);

-- A tie one side never played: the contract names it, the rules may state it.
ALTER TABLE tie DROP CONSTRAINT tie_decided_by_check;
ALTER TABLE tie ADD CONSTRAINT tie_decided_by_check
    CHECK (decided_by IN ('AGGREGATE', 'AWAY_GOALS', 'EXTRA_TIME', 'PENALTIES', 'REPLAY', 'COIN_TOSS', 'AWARDED', 'WALKOVER', 'SINGLE_MATCH'));
