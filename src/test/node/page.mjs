// The page at / as a person uses it, in a real headless Chromium: a shared link, the form, the address
// bar, the story of a tie, GraphiQL, axe-core, phone width. Whatever the page shows is checked against what
// the API answers to the same question, asked here directly. Exits non-zero on the first failure.
//   node page.mjs http://localhost:8080/ target/screenshots
// Chromium is the system's (/usr/bin/chromium, or CHROMIUM=path): playwright-core downloads no browser.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [base, screenshots] = process.argv.slice(2);
assert.ok(base && screenshots, 'usage: node page.mjs <app url> <screenshot folder>');
const origin = new URL(base).origin;
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const FIRST_ANSWER_MS = 1000;

async function api(query, variables) {
  const response = await fetch(new URL('/graphql', base), {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

const VERDICT = `query($club: String!, $deficit: Int!, $scope: ComebackScope!, $filter: ComebackFilter) {
  club(name: $club) { name hasOverturned(deficit: $deficit, scope: $scope, filter: $filter) {
    answer why occasions { opponent { name } season { name } tie { id } } } } }`;

async function baseRates(filter) {
  const data = await api(`query($filter: ComebackFilter) {
    ${[1, 2, 3, 4].map((d) => `d${d}: deficitRecord(deficit: ${d}, scope: FIRST_LEG, filter: $filter) { attempts overturned }`).join('\n')} }`,
  { filter });
  return [1, 2, 3, 4].map((d) => data[`d${d}`]);
}

/** A goal as the story writes it: minute (with added time), then the scorer. */
function goalLine(goal) {
  return `${goal.minute}${goal.stoppage ? `+${goal.stoppage}` : ''}′ ${goal.scorer}`;
}

const trouble = [];

/** A page that records every console error, uncaught exception and request to another host. */
async function newPage(context) {
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') {
      trouble.push(`console error on ${page.url()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => trouble.push(`uncaught on ${page.url()}: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) {
      trouble.push(`request to another host from ${page.url()}: ${request.url()}`);
    }
  });
  return page;
}

/**
 * Navigates and waits for the verdict. Returns the milliseconds from the browser's request of the page to
 * the verdict on screen, as the page marks it in the browser's own timeline (`answer-shown`), and as seen
 * from here, which adds the time Chromium takes to start a renderer.
 */
async function open(page, path) {
  const started = Date.now();
  await page.goto(new URL(path, base).href);
  await page.locator('[data-testid="verdict"] .answer').waitFor();
  const outside = Date.now() - started;
  const inBrowser = await page.evaluate(() => performance.getEntriesByName('answer-shown')[0].startTime);
  return { inBrowser: Math.round(inBrowser), outside };
}

async function verdictText(page) {
  return page.locator('[data-testid="verdict"]').innerText();
}

async function tableNumbers(page) {
  return page.locator('#odds-table tbody tr').evaluateAll((rows) => rows.map((row) => {
    const cells = [...row.querySelectorAll('td')].map((td) => Number(td.textContent.replaceAll(',', '')));
    return { attempts: cells[0], overturned: cells[1] };
  }));
}

/** No serious or critical axe-core violation; the others are printed. */
async function axe(page, where) {
  await page.addScriptTag({ path: axeSource });
  const violations = await page.evaluate(async () => (await window.axe.run()).violations
    .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help })));
  const grave = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  console.log(`axe-core (${where}): ${violations.length} violations, ${grave.length} serious or critical`,
    violations.length ? JSON.stringify(violations) : '');
  assert.deepEqual(grave, [], `axe-core at ${where}`);
}

async function noHorizontalOverflow(page, where) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${where}: the page is ${overflow}px wider than the screen`);
}

const steps = [];
function step(name, run) {
  steps.push({ name, run });
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const desktop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await newPage(desktop);
const liverpool = await api(VERDICT, { club: 'Liverpool', deficit: 3, scope: 'FIRST_LEG' });

step('the shared link answers YES with Barcelona 2018-19 in the evidence', async () => {
  const ms = await open(page, '/?club=Liverpool&deficit=3&scope=FIRST_LEG');
  console.log(`first answer, first page of the run: ${ms.inBrowser} ms in the browser's timeline, ${ms.outside} ms seen from the test`);
  const verdict = await verdictText(page);
  assert.match(verdict, /\bYES\b/);
  assert.equal(liverpool.club.hasOverturned.answer, 'YES');
  assert.ok(verdict.includes(liverpool.club.hasOverturned.why), `the API's why in: ${verdict}`);
  const evidence = await page.locator('[data-testid="evidence"]').innerText();
  assert.match(evidence, /FC Barcelona/);
  assert.match(evidence, /2018-19/);
  for (const occasion of liverpool.club.hasOverturned.occasions) {
    assert.ok(evidence.includes(occasion.opponent.name) && evidence.includes(occasion.season.name), `${occasion.opponent.name} in the evidence`);
  }
});

step('the odds chart shows the API\'s base rates with the chosen deficit highlighted', async () => {
  const chart = page.locator('svg[data-testid="base-rates"]');
  await chart.locator('.bar').nth(3).waitFor();
  assert.equal(await chart.locator('.bar').count(), 4);
  assert.equal(await chart.locator('.bar.chosen').getAttribute('data-deficit'), '3');
  assert.deepEqual(await tableNumbers(page), (await baseRates(undefined)).map(({ attempts, overturned }) => ({ attempts, overturned })));
  await page.screenshot({ path: join(screenshots, 'desktop.png'), fullPage: true });
});

step('the form asks another question, with suggestions as one types, and the address bar follows', async () => {
  const club = page.locator('input[name="club"]');
  await club.fill('Real Mad');
  await page.locator('#club-suggestions option[value="Real Madrid"]').waitFor({ state: 'attached' });
  await club.fill('Real Madrid');
  await page.locator('input[name="deficit"]').fill('2');
  await page.locator('select[name="scope"]').selectOption({ label: 'at any point of a tie' });
  await page.locator('select[name="competition"]').selectOption('UCL');
  await club.press('Enter');
  await page.waitForURL((url) => url.searchParams.get('club') === 'Real Madrid');
  const address = new URL(page.url());
  assert.equal(address.pathname, '/');
  assert.deepEqual(Object.fromEntries(address.searchParams), { club: 'Real Madrid', deficit: '2', scope: 'TIE', competition: 'UCL' });
  const expected = await api(VERDICT, { club: 'Real Madrid', deficit: 2, scope: 'TIE', filter: { competition: 'UCL' } });
  const why = expected.club.hasOverturned.why;
  await page.locator('[data-testid="verdict"] .why', { hasText: why }).waitFor();
  assert.match(await verdictText(page), new RegExp(`\\b${expected.club.hasOverturned.answer}\\b`));
  const ucl = await baseRates({ competition: 'UCL' });
  await page.waitForFunction((d1) => document.querySelector('#odds-table td')?.textContent === d1, ucl[0].attempts.toLocaleString('en-GB'));
  assert.deepEqual(await tableNumbers(page), ucl.map(({ attempts, overturned }) => ({ attempts, overturned })));
  assert.equal(await page.locator('svg[data-testid="base-rates"] .bar.chosen').getAttribute('data-deficit'), '2');
});

step('Back returns to the shared question, form and answer', async () => {
  await page.goBack();
  await page.waitForURL((url) => url.searchParams.get('club') === 'Liverpool');
  await page.locator('[data-testid="verdict"] .why', { hasText: liverpool.club.hasOverturned.why }).waitFor();
  assert.equal(await page.locator('input[name="club"]').inputValue(), 'Liverpool');
  assert.equal(await page.locator('select[name="scope"]').inputValue(), 'FIRST_LEG');
  assert.equal(await page.locator('select[name="competition"]').inputValue(), '');
});

step('an occasion opens the story of its tie, minute by minute, as the API tells it', async () => {
  const tieId = liverpool.club.hasOverturned.occasions.find((o) => o.opponent.name === 'FC Barcelona').tie.id;
  await page.locator('[data-testid="evidence"] a', { hasText: 'FC Barcelona' }).click();
  await page.waitForURL((url) => url.searchParams.get('tie') === tieId);
  await page.locator('#story-title').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'story-title', 'focus moves to the story');
  const { tie } = await api(`query($id: ID!) { tie(id: $id) { legs { goalTimesComplete goals { minute stoppage scorer } } } }`, { id: tieId });
  const story = await page.locator('#story').innerText();
  const goals = tie.legs.flatMap((leg) => leg.goals);
  assert.ok(tie.legs.every((leg) => leg.goalTimesComplete) && goals.length > 0, 'this tie has its goal times in the record');
  for (const goal of goals) {
    assert.ok(story.includes(goalLine(goal)), `${goalLine(goal)} in the story`);
  }
  assert.equal(await page.locator('#story svg.timeline circle').count(), goals.length);
  await axe(page, 'desktop, answer and story');
});

step('a comeback within a match opens the story of that match', async () => {
  const { club } = await api(`{ club(name: "Barcelona") { hasOverturned(deficit: 1, scope: MATCH) {
    occasions { match { id goalTimesComplete goals { minute stoppage scorer } } } } } }`);
  const match = club.hasOverturned.occasions.map((o) => o.match).find((m) => m.goalTimesComplete && m.goals.length && m.goals.every((g) => g.scorer));
  assert.ok(match, 'Barcelona has a comeback within a match whose goal times the record holds');
  await open(page, '/?club=Barcelona&deficit=1&scope=MATCH');
  await page.locator(`[data-testid="evidence"] a[href*="match=${match.id}"]`).click();
  await page.waitForURL((url) => url.searchParams.get('match') === match.id && url.searchParams.get('scope') === 'MATCH');
  await page.locator('#story-title').waitFor();
  const story = await page.locator('#story').innerText();
  for (const goal of match.goals) {
    assert.ok(story.includes(goalLine(goal)), `${goalLine(goal)} in the story`);
  }
});

step('a tie the record has quotes for shows them', async () => {
  const { quotes } = await api('{ quotes(first: 1) { edges { node { text tie { id } } } } }');
  const quote = quotes.edges[0].node;
  await page.goto(new URL(`/?tie=${quote.tie.id}`, base).href);
  await page.locator('#story blockquote').first().waitFor();
  assert.ok((await page.locator('#story .quotes').innerText()).includes(quote.text));
});

step('a tie without goal times says plainly that the minutes are missing', async () => {
  const { club } = await api('{ club(name: "Liverpool") { ties(first: 1) { edges { node { id legs { goalTimesComplete } } } } } }');
  const oldest = club.ties.edges[0].node;
  assert.ok(oldest.legs.every((leg) => !leg.goalTimesComplete), 'Liverpool\'s first tie has no goal times in the record');
  await page.goto(new URL(`/?tie=${oldest.id}`, base).href);
  await page.locator('#story .missing').first().waitFor();
  assert.match(await page.locator('#story').innerText(), /Minutes are missing/);
});

step('"See the query" opens GraphiQL with the page\'s query filled in', async () => {
  await open(page, '/?club=Liverpool&deficit=3&scope=FIRST_LEG');
  const href = await page.locator('#verdict-query').getAttribute('href');
  const link = new URL(href, base);
  assert.equal(link.pathname, '/q/graphql-ui/');
  assert.match(link.searchParams.get('query'), /hasOverturned/);
  assert.deepEqual(JSON.parse(link.searchParams.get('variables')), { club: 'Liverpool', deficit: 3, scope: 'FIRST_LEG' });
  await page.locator('#verdict-query').click();
  await page.waitForFunction(() => document.querySelector('.graphiql-query-editor')?.textContent.includes('hasOverturned'));
});

step('at phone width (390 px) nothing overflows and the first answer shows within a second', async () => {
  // each try is a new browser context, so with an empty cache; the best of three, since a machine shared
  // with other work (a build, CI) can stall any single page load
  const tieId = liverpool.club.hasOverturned.occasions[0].tie.id;
  const times = [];
  let phone;
  let small;
  for (let attempt = 0; attempt < 3 && !times.some((ms) => ms < FIRST_ANSWER_MS); attempt++) {
    await phone?.close();
    phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    small = await newPage(phone);
    const ms = await open(small, `/?club=Liverpool&deficit=3&scope=FIRST_LEG&tie=${tieId}`);
    console.log(`first answer in a new browser context (empty cache), phone: ${ms.inBrowser} ms in the browser's timeline, ${ms.outside} ms seen from the test`);
    times.push(ms.inBrowser);
  }
  assert.ok(Math.min(...times) < FIRST_ANSWER_MS, `the first answer took ${times.join(', ')} ms`);
  await small.locator('#story svg.timeline path').first().waitFor();
  await small.locator('svg[data-testid="base-rates"] .bar').first().waitFor();
  await noHorizontalOverflow(small, 'phone, answer and story');
  await axe(small, 'phone');
  await small.screenshot({ path: join(screenshots, 'phone.png'), fullPage: true });
  await phone.close();
});

step('no console error, no uncaught exception, no request to another host', async () => {
  assert.deepEqual(trouble, []);
});

await mkdir(screenshots, { recursive: true });
let passed = 0;
let failed = 0;
for (const { name, run } of steps) {
  try {
    await run();
    passed += 1;
    console.log(`ok - ${name}`);
  } catch (error) {
    // the later steps build on the earlier ones: stop at the first failure
    failed = 1;
    console.log(`not ok - ${name}\n${error.stack}`);
    break;
  }
}
await browser.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
