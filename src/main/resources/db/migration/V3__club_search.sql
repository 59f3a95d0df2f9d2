-- clubs(search:) forgives a typo and ranks clubs by how close one of their names comes to the search
-- ("Liverpol", "Barcelonna"): trigram similarity over the folded names of club_alias.
-- pg_trgm is a contrib extension that PostgreSQL marks trusted (13 and later), so the database's
-- owner may create it without being a superuser; IF NOT EXISTS leaves one a DBA created alone.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- One index serves the three ways a name can match a search: containing it (LIKE '%key%'), a word
-- of it close to the search (<%), or the whole name close to it (%).
CREATE INDEX club_alias_key_trgm_idx ON club_alias USING gin (name_key gin_trgm_ops);
