// Club.matches: a club's matches, home and away, in one connection. The schema ties a match to its
// two clubs by two foreign keys, so PostGraphile alone offers two lists (matchesByHomeClubId and
// matchesByAwayClubId) that a client would have to merge and cut itself. A computed-column
// function would be the usual fix, but it would have to live in the app's schema; this plugin adds
// the same field without touching the database. It is still one SQL statement per GraphQL query.
const { makeExtendSchemaPlugin, gql, embed } = require("graphile-utils");

module.exports = makeExtendSchemaPlugin((build) => {
  const { pgSql: sql } = build;
  return {
    typeDefs: gql`
      extend type Club {
        matches: MatchesConnection! @pgQuery(
          source: ${embed(sql.fragment`public.match`)}
          withQueryBuilder: ${embed((queryBuilder) => {
            const match = queryBuilder.getTableAlias();
            const club = queryBuilder.parentQueryBuilder.getTableAlias();
            // an OR of two equalities, which PostgreSQL answers from the home and away indexes
            queryBuilder.where(sql.fragment`(${match}.home_club_id = ${club}.id or ${match}.away_club_id = ${club}.id)`);
          })}
        )
      }
    `,
  };
});
