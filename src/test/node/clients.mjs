// Real clients against a running Remontada: exits non-zero on the first thing a client gets wrong.
//   node clients.mjs http://localhost:8080/graphql
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { serverAudits } from 'graphql-http';
import { GraphQLClient, gql as gqlRequest } from 'graphql-request';
import { ApolloClient, InMemoryCache, HttpLink, gql } from '@apollo/client/core/index.js';
import { createPersistedQueryLink } from '@apollo/client/link/persisted-queries/index.js';

const url = process.argv[2];
assert.ok(url, 'usage: node clients.mjs <graphql url>');

async function audit() {
  const missed = [];
  for (const check of serverAudits({ url, fetchFn: fetch })) {
    const result = await check.fn();
    // MUST (error) and SHOULD (warn) both count; MAY (notice) is the server's choice
    if (result.status === 'error' || result.status === 'warn') {
      missed.push(`${check.name}: ${result.reason}`);
    }
  }
  assert.deepEqual(missed, [], 'graphql-http audit');
  console.log('graphql-http audit: no MUST or SHOULD missed');
}

async function graphqlRequest() {
  const query = gqlRequest`query Club($n: String) { club(name: $n) { name } }`;
  for (const method of ['POST', 'GET']) {
    const client = new GraphQLClient(url, { method });
    const data = await client.request(query, { n: 'Liverpool' });
    assert.equal(data.club.name, 'Liverpool FC', `graphql-request over ${method}`);
  }
  const verdict = await new GraphQLClient(url, { method: 'GET' }).request(gqlRequest`
    query Verdict($n: String, $d: Int!) { club(name: $n) { hasOverturned(deficit: $d, scope: FIRST_LEG) { answer why } } }`,
    { n: 'Liverpool', d: 3 });
  assert.equal(verdict.club.hasOverturned.answer, 'YES');
  console.log('graphql-request: POST and GET answered');
}

async function apolloPersistedQueries() {
  const sent = [];
  const recordingFetch = (input, init) => {
    sent.push({ method: init?.method ?? 'GET', url: String(input), body: init?.body });
    return fetch(input, init);
  };
  const link = createPersistedQueryLink({ sha256: (text) => createHash('sha256').update(text).digest('hex'), useGETForHashedQueries: true })
    .concat(new HttpLink({ uri: url, fetch: recordingFetch }));
  const apollo = new ApolloClient({ link, cache: new InMemoryCache(), defaultOptions: { query: { fetchPolicy: 'no-cache' } } });
  // a query text only this run sends, so the first hash is unknown to the server
  const query = gql`query ApolloRoundTrip${Date.now()}($n: String) { club(name: $n) { name } }`;
  const first = await apollo.query({ query, variables: { n: 'Real Madrid' } });
  assert.equal(first.data.club.name, 'Real Madrid');
  assert.equal(sent.length, 2, 'the unknown hash, then the hash with its query');
  assert.equal(sent[0].method, 'GET');
  assert.ok(!new URL(sent[0].url).searchParams.has('query'), 'the first request carries the hash alone');
  const second = await apollo.query({ query, variables: { n: 'Barcelona' } });
  assert.equal(second.data.club.name, 'FC Barcelona');
  assert.equal(sent.length, 3);
  assert.ok(!new URL(sent[2].url).searchParams.has('query'), 'once known, the hash alone is answered');
  const cached = await fetch(sent[2].url);
  assert.match(cached.headers.get('cache-control') ?? '', /^public, max-age=/);
  console.log('Apollo Client persisted queries: round trip over GET');
}

await audit();
await graphqlRequest();
await apolloPersistedQueries();
