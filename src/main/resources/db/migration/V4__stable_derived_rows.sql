-- A deficit occasion is one club's, in one scope, at the match that settled it (the match itself for
-- MATCH, the tie's last match for FIRST_LEG and TIE). Re-deriving a season updates the row of that key
-- in place, so an unchanged occasion keeps its id, and a client's cursor, which ends in that id, stays valid.
ALTER TABLE deficit_occasion ADD CONSTRAINT occasion_one_per_club_scope_match UNIQUE (scope, club_id, match_id);
