// "Can they come back?": the question lives in the address bar (/?club=Liverpool&deficit=3&scope=FIRST_LEG),
// so a link opens straight to its answer; the form only writes that address. Each part of the page (the
// verdict, the odds, the story of a tie) asks the API for itself, over GET, and shows its answer when it comes.
import { ask, ApiError, VERDICT, CLUBS, COMPETITIONS, baseRatesQuery, TIE_STORY, MATCH_STORY, graphiqlLink } from './api.js';
import { renderVerdict, renderEvidence, renderBaseRatesTable, SCOPES } from './answer.js';
import { drawBaseRates } from './charts.js';
import { renderStory } from './story.js';
import { h } from './dom.js';

const form = document.getElementById('question');
const verdictBox = document.getElementById('verdict');
const evidenceBox = document.getElementById('evidence');
const storySection = document.getElementById('story');
const storyBody = document.getElementById('story-body');
const intro = [...verdictBox.childNodes].map((node) => node.cloneNode(true));
const DEFAULT_DEFICIT = Number(form.elements.deficit.defaultValue);
const PAGE_TITLE = document.title;

/** The chart's deficits: always 1 to 4, and the one asked about when it is larger. */
const BASE_DEFICITS = [1, 2, 3, 4];
const MAX_DEFICIT = Number(form.elements.deficit.max);

function questionFrom(params) {
  const value = (name) => (params.get(name) ?? '').trim();
  const deficit = Number.parseInt(value('deficit'), 10);
  return {
    club: value('club'),
    deficit: Number.isNaN(deficit) ? DEFAULT_DEFICIT : deficit,
    scope: Object.hasOwn(SCOPES, value('scope')) ? value('scope') : 'FIRST_LEG',
    competition: value('competition'),
    seasonFrom: value('seasonFrom'),
    seasonTo: value('seasonTo'),
    tie: value('tie'),
    match: value('match'),
  };
}

function addressOf(question) {
  const params = new URLSearchParams();
  for (const name of ['club', 'deficit', 'scope', 'competition', 'seasonFrom', 'seasonTo', 'tie', 'match']) {
    if (question[name] !== '') {
      params.set(name, question[name]);
    }
  }
  return `/?${params}`;
}

/** The optional part of the question as the API's ComebackFilter, or nothing when none of it is given. */
function filterOf(question) {
  const filter = Object.fromEntries(['competition', 'seasonFrom', 'seasonTo']
    .filter((name) => question[name]).map((name) => [name, question[name]]));
  return Object.keys(filter).length ? filter : undefined;
}

function fillForm(question) {
  for (const name of ['club', 'deficit', 'scope', 'competition', 'seasonFrom', 'seasonTo']) {
    form.elements[name].value = question[name];
  }
}

// A newer question makes the answers still on their way to an older one worthless: each part of the page
// keeps the controller of its request in flight and aborts it when it asks again.
const inFlight = {};

function fresh(part) {
  inFlight[part]?.abort();
  inFlight[part] = new AbortController();
  return inFlight[part].signal;
}

function aborted(error) {
  return error?.name === 'AbortError';
}

function problem(error) {
  const message = error instanceof ApiError
    ? `The record could not answer: ${error.message}`
    : 'The API could not be reached. Check the connection and ask again.';
  return h('p', { class: 'problem', role: 'alert' }, message);
}

function showQueryLink(id, query, variables) {
  const link = document.getElementById(id);
  link.href = graphiqlLink(query, variables);
  link.parentElement.hidden = false;
}

const competitionNames = new Map();

async function loadCompetitions(question) {
  try {
    const data = await ask(COMPETITIONS);
    const select = form.elements.competition;
    for (const { code, name } of data.competitions) {
      competitionNames.set(code, name);
      select.append(h('option', { value: code }, name));
    }
    select.value = question.competition;
  } catch (error) {
    // the field keeps "All competitions": the question itself can still be asked, and its answer
    // shows the API's own problem if there is one
    console.warn('competitions not loaded', error);
  }
}

/** Asks the verdict; resolves to the club's id (for the story's point of view), or null. */
async function showVerdict(question) {
  if (!question.club) {
    inFlight.verdict?.abort();
    verdictBox.replaceChildren(...intro.map((node) => node.cloneNode(true)));
    evidenceBox.replaceChildren();
    document.getElementById('verdict-query').parentElement.hidden = true;
    document.title = PAGE_TITLE;
    return null;
  }
  const signal = fresh('verdict');
  const filter = filterOf(question);
  const variables = { club: question.club, deficit: question.deficit, scope: question.scope, ...(filter && { filter }) };
  showQueryLink('verdict-query', VERDICT, variables);
  verdictBox.setAttribute('aria-busy', 'true');
  verdictBox.replaceChildren(h('p', { class: 'loading' }, `Asking the record about ${question.club}…`));
  evidenceBox.replaceChildren();
  try {
    const { club } = await ask(VERDICT, variables, signal);
    if (!club) {
      verdictBox.replaceChildren(h('p', { class: 'problem', role: 'alert' },
        `The record knows no club called “${question.club}”. Pick one of the suggestions as you type.`));
      return null;
    }
    const named = { ...question, competitionName: competitionNames.get(question.competition) ?? question.competition };
    renderVerdict(verdictBox, club, named);
    renderEvidence(evidenceBox, club, question, (kind, id) => addressOf({ ...question, tie: '', match: '', [kind]: id }));
    document.title = `${club.name}: ${club.hasOverturned.answer} · ${PAGE_TITLE}`;
    // when the answer was on screen, in the browser's own timeline (from the request of the page on):
    // the figure the "first answer within a second" bar is about, and what the browser tests read
    performance.mark('answer-shown');
    return club.id;
  } catch (error) {
    if (!aborted(error)) {
      verdictBox.replaceChildren(problem(error));
    }
    return null;
  } finally {
    if (!signal.aborted) {
      verdictBox.removeAttribute('aria-busy');
    }
  }
}

function rangeWords(question) {
  const parts = [question.competition ? `in the ${competitionNames.get(question.competition) ?? question.competition}` : 'in every competition the record holds'];
  if (question.seasonFrom) {
    parts.push(`from ${question.seasonFrom}`);
  }
  if (question.seasonTo) {
    parts.push(`to ${question.seasonTo}`);
  }
  return parts.join(' ');
}

async function showOdds(question) {
  const signal = fresh('odds');
  // with no club asked about, the chart stands alone and highlights nothing
  const chosen = question.club ? question.deficit : null;
  const deficits = chosen > 4 && chosen <= MAX_DEFICIT ? [...BASE_DEFICITS, chosen] : BASE_DEFICITS;
  const query = baseRatesQuery(deficits);
  const filter = filterOf(question);
  const variables = filter && { filter };
  const svg = document.getElementById('base-rates');
  const table = document.getElementById('odds-table');
  const caption = document.getElementById('odds-caption');
  showQueryLink('odds-query', query, variables);
  svg.setAttribute('aria-busy', 'true');
  try {
    const data = await ask(query, variables, signal);
    const records = deficits.map((d) => data[`d${d}`]);
    drawBaseRates(svg, records, chosen);
    renderBaseRatesTable(table, records, chosen);
    const partial = records.some((r) => !r.coverage.complete);
    caption.textContent = `Share of first-leg deficits overturned, ${rangeWords(question)}.`
      + (deficits.includes(chosen) ? ` ▲ marks the deficit asked about (${chosen} or more).` : '')
      + (chosen && question.scope !== 'FIRST_LEG' ? ` These are first-leg deficits; the question is about a deficit ${SCOPES[question.scope]}.` : '')
      + (partial ? ' The record lacks part of this range: the counts are of what it holds.' : '');
  } catch (error) {
    if (!aborted(error)) {
      svg.replaceChildren();
      table.replaceChildren();
      caption.replaceChildren(problem(error));
    }
  } finally {
    if (!signal.aborted) {
      svg.removeAttribute('aria-busy');
    }
  }
}

/** Shows the story of the tie or match the address names, from the point of view of the club with `clubId`. */
async function showStory(question, clubId) {
  const signal = fresh('story');
  const kind = question.tie ? 'tie' : question.match ? 'match' : null;
  if (!kind) {
    storySection.hidden = true;
    return;
  }
  const query = kind === 'tie' ? TIE_STORY : MATCH_STORY;
  const variables = { [kind]: question[kind] };
  showQueryLink('story-query', query, variables);
  storySection.hidden = false;
  storyBody.replaceChildren(h('p', { class: 'loading' }, `Fetching the story of this ${kind}…`));
  try {
    const data = await ask(query, variables, signal);
    renderStory(storyBody, kind, data, clubId);
  } catch (error) {
    if (!aborted(error)) {
      storyBody.replaceChildren(h('h2', { id: 'story-title', tabindex: '-1' }, `The story of this ${kind}`), problem(error));
    }
  }
}

let current;
let currentClubId = Promise.resolve(null);

function show(question) {
  current = question;
  currentClubId = showVerdict(question);
  // The verdict is what a person came for: the chart and the story are asked for once it is in, so that
  // on a busy server it does not wait behind them. A question asked in the meantime has taken over.
  currentClubId.then((clubId) => {
    if (question === current) {
      showOdds(question);
      showStory(question, clubId);
    }
  });
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const question = questionFrom(new URLSearchParams(new FormData(form)));
  history.pushState(null, '', addressOf(question));
  show(question);
});

// A story link only adds the tie to the address: the answer above it stays as it is.
evidenceBox.addEventListener('click', (event) => {
  const link = event.target.closest('a[data-story]');
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
    return;
  }
  event.preventDefault();
  history.pushState(null, '', link.href);
  const question = questionFrom(new URL(link.href).searchParams);
  currentClubId.then((clubId) => showStory(question, clubId)).then(() => {
    const title = document.getElementById('story-title');
    title?.focus();
    title?.scrollIntoView({ block: 'start' });
  });
});

window.addEventListener('popstate', () => {
  const question = questionFrom(new URLSearchParams(location.search));
  fillForm(question);
  show(question);
});

let typing;
form.elements.club.addEventListener('input', () => {
  clearTimeout(typing);
  const search = form.elements.club.value.trim();
  if (search.length < 2) {
    return;
  }
  // wait for a pause in the typing, so that one request goes out per word rather than per key
  typing = setTimeout(async () => {
    try {
      const data = await ask(CLUBS, { search }, fresh('suggestions'));
      document.getElementById('club-suggestions').replaceChildren(
        ...data.clubs.edges.map(({ node }) => h('option', { value: node.name }, node.country ?? '')));
    } catch (error) {
      // suggestions only help: without them the field still takes any name the club goes by
      if (!aborted(error)) {
        console.warn('club suggestions not loaded', error);
      }
    }
  }, 150);
});

const first = questionFrom(new URLSearchParams(location.search));
fillForm(first);
loadCompetitions(first);
show(first);
