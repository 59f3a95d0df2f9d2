// The page's GraphQL queries, sent over GET so that a browser or a cache in between may keep the answers
// (the API answers GET queries with Cache-Control: max-age).

const LEG = `fragment Leg on Match {
  id date leg replay
  homeClub { id name } awayClub { id name }
  score { fullTime { home away } afterExtraTime { home away } penalties { home away } awarded { home away } }
}`;

const TIMELINE = `fragment Timeline on Match {
  ...Leg
  goalTimesComplete
  goals { minute stoppage scorer ownGoal penalty club { id } }
}`;

export const VERDICT = `query Verdict($club: String!, $deficit: Int!, $scope: ComebackScope!, $filter: ComebackFilter) {
  club(name: $club) {
    id name
    hasOverturned(deficit: $deficit, scope: $scope, filter: $filter) {
      answer why attempts overturned
      occasions {
        deficit stage decidedBy
        opponent { name } season { name } competition { name } manager { name }
        tie { id legs { ...Leg } }
        match { ...Leg }
      }
      coverage {
        matches matchesWithGoalTimes complete from to
        spans { competition { name } season { name } complete missing unverified }
      }
    }
  }
}
${LEG}`;

export const CLUBS = `query Suggestions($search: String!) {
  clubs(search: $search, first: 10) { edges { node { name country } } }
}`;

export const COMPETITIONS = `query Competitions { competitions { code name } }`;

/** One alias a deficit: each alias carries its own deficit, so one request brings every bar of the chart. */
export function baseRatesQuery(deficits) {
  const fields = deficits.map((d) => `  d${d}: deficitRecord(deficit: ${d}, scope: FIRST_LEG, filter: $filter) { ...Rate }`);
  return `query BaseRates($filter: ComebackFilter) {
${fields.join('\n')}
}
fragment Rate on DeficitRecord { deficit attempts overturned rate coverage { complete } }`;
}

export const TIE_STORY = `query TieStory($tie: ID!) {
  tie(id: $tie) {
    stage decidedBy aggregateA aggregateB
    season { name } competition { name }
    clubA { id name } clubB { id name } winner { id name }
    legs { ...Timeline }
  }
  quotes(filter: { tie: $tie }, first: 20) { edges { node { text saidOn source machineTranslated speaker { name } } } }
}
${TIMELINE}
${LEG}`;

export const MATCH_STORY = `query MatchStory($match: ID!) {
  match(id: $match) {
    ...Timeline
    stage season { name } competition { name }
  }
  quotes(filter: { match: $match }, first: 20) { edges { node { text saidOn source machineTranslated speaker { name } } } }
}
${TIMELINE}
${LEG}`;

/** An answer that carries errors: the API's messages are written for people and are shown as they are. */
export class ApiError extends Error {}

/**
 * Runs a query over GET. The query is sent with its whitespace collapsed: the request line is limited
 * (4 KiB by default) and a shorter URL is also a smaller cache key. `Accept: application/json` makes the
 * API answer a wrong question (a bad season name, say) with 200 and its errors, which the page shows,
 * rather than with a 4xx status that a browser also logs as a failed load.
 */
export async function ask(query, variables, signal) {
  const params = new URLSearchParams({ query: query.replace(/\s+/g, ' ').trim() });
  if (variables) {
    params.set('variables', JSON.stringify(variables));
  }
  const response = await fetch(`/graphql?${params}`, { headers: { Accept: 'application/json' }, signal });
  let body;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`the API answered ${response.status} without a GraphQL answer`);
  }
  if (body.errors?.length) {
    throw new ApiError(body.errors.map((e) => e.message).join('; '));
  }
  return body.data;
}

/** The address of GraphiQL with this query and its variables filled in, as its URL parameters allow. */
export function graphiqlLink(query, variables) {
  const params = new URLSearchParams({ query });
  if (variables) {
    params.set('variables', JSON.stringify(variables, null, 2));
  }
  return `/q/graphql-ui/?${params}`;
}
