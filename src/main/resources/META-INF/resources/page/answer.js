// The answer to the question: the verdict in words, its evidence and how much of the record it saw,
// and the table of base rates that goes with the chart. Everything here is what the API answered.
import { h, day, percent, stage, decidedBy, result } from './dom.js';

const NUMBER = new Intl.NumberFormat('en-GB');

export const SCOPES = {
  FIRST_LEG: 'after the first leg',
  TIE: 'at any point of a tie',
  MATCH: 'within a match',
};

function goals(n) {
  return `${n} goal${n === 1 ? '' : 's'}`;
}

/** The question as a sentence, with the club's name as the record writes it. */
function questionSentence(clubName, question) {
  const range = [question.competitionName, question.seasonFrom && `from ${question.seasonFrom}`, question.seasonTo && `to ${question.seasonTo}`]
    .filter(Boolean).join(' ');
  return `Have ${clubName} ever overturned a deficit of ${goals(question.deficit)} or more ${SCOPES[question.scope]}${range ? ` (${range})` : ''}?`;
}

const ANSWER_WORDS = {
  YES: 'it has happened',
  NO: 'it never has',
  UNKNOWN: 'the record cannot tell',
};

function times(n) {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${NUMBER.format(n)} times`;
}

export function renderVerdict(container, club, question) {
  const verdict = club.hasOverturned;
  container.replaceChildren(
    h('p', { class: 'question' }, questionSentence(club.name, question)),
    h('p', { class: `answer ${verdict.answer.toLowerCase()}` },
      h('strong', { class: 'badge' }, verdict.answer), ' ', h('span', {}, ANSWER_WORDS[verdict.answer])),
    h('p', { class: 'why' }, verdict.why),
    h('p', { class: 'tally' }, verdict.attempts === 0
      ? `${club.name} never faced such a deficit in the part of the record the answer saw.`
      : `${club.name} faced such a deficit ${times(verdict.attempts)} and ${verdict.overturned ? `overturned it ${times(verdict.overturned)}` : 'never overturned it'}.`),
  );
}

/** The legs that prove an occasion: both legs of a tie for FIRST_LEG and TIE, the match itself for MATCH. */
function legsOf(occasion, scope) {
  if (scope !== 'MATCH' && occasion.tie) {
    return occasion.tie.legs;
  }
  return occasion.match ? [occasion.match] : [];
}

function occasionItem(occasion, scope, storyHref) {
  const legs = legsOf(occasion, scope);
  const story = scope === 'MATCH' || !occasion.tie
    ? occasion.match && { href: storyHref('match', occasion.match.id), text: `The match against ${occasion.opponent.name}, minute by minute` }
    : { href: storyHref('tie', occasion.tie.id), text: `The tie against ${occasion.opponent.name}, minute by minute` };
  const how = occasion.decidedBy && scope !== 'MATCH' ? `, went through ${decidedBy(occasion.decidedBy)}` : '';
  return h('li', { class: 'occasion' },
    h('h3', {}, `${goals(occasion.deficit)} down to ${occasion.opponent.name}`),
    h('p', {}, `${occasion.season.name} ${occasion.competition.name}, ${stage(occasion.stage)}${how}.`),
    h('ul', { class: 'legs' }, legs.map((leg) => h('li', {}, h('span', { class: 'date' }, day(leg.date)), ' ', result(leg)))),
    occasion.manager && h('p', {}, `Manager: ${occasion.manager.name}`),
    story && h('p', {}, h('a', { href: story.href, 'data-story': true }, story.text)),
  );
}

function year(iso) {
  return iso ? iso.slice(0, 4) : '';
}

function coverageBlock(clubName, coverage, scope) {
  const lacking = coverage.spans.filter((span) => !span.complete || span.unverified.length);
  const seen = h('p', {},
    `The answer saw ${NUMBER.format(coverage.matches)} of ${clubName}'s matches`,
    coverage.from ? ` (${year(coverage.from)}–${year(coverage.to)})` : '',
    `, ${NUMBER.format(coverage.matchesWithGoalTimes)} of them with the minute of every goal`,
    scope === 'FIRST_LEG' ? '.' : ` (a comeback ${SCOPES[scope]} can only be seen in those).`,
    ' ', coverage.complete ? 'The record holds everything this question covers.' : 'The record does not hold everything this question covers.');
  if (!lacking.length) {
    return h('div', { class: 'coverage' }, seen);
  }
  return h('div', { class: 'coverage' }, seen,
    h('details', {},
      h('summary', {}, `What the record lacks: ${lacking.length} competition season${lacking.length === 1 ? '' : 's'}`),
      h('ul', {}, lacking.map((span) => h('li', {}, `${span.competition.name} ${span.season.name}: `,
        [span.missing.length ? `missing ${span.missing.map(stage).join(', ')}` : '',
          span.unverified.length ? `cannot tell whether it holds all of the ${span.unverified.map(stage).join(', ')}` : '']
          .filter(Boolean).join('; ')))),
    ));
}

export function renderEvidence(container, club, question, storyHref) {
  const verdict = club.hasOverturned;
  container.replaceChildren(
    h('h2', { id: 'evidence-title' }, 'The evidence'),
    verdict.occasions.length
      ? h('ol', { class: 'occasions' }, verdict.occasions.map((o) => occasionItem(o, question.scope, storyHref)))
      : h('p', {}, 'No occasion in the record proves it.'),
    coverageBlock(club.name, verdict.coverage, question.scope),
  );
}

/** The numbers of the chart, readable without it. */
export function renderBaseRatesTable(table, records, chosen) {
  table.replaceChildren(
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, 'Behind after the first leg by'), h('th', { scope: 'col' }, 'Sides'),
      h('th', { scope: 'col' }, 'Through'), h('th', { scope: 'col' }, 'Share'))),
    h('tbody', {}, records.map((r) => h('tr', { class: r.deficit === chosen ? 'chosen' : false },
      h('th', { scope: 'row' }, `${goals(r.deficit)} or more`, r.deficit === chosen ? h('span', { class: 'mark' }, ' (your question)') : ''),
      h('td', {}, NUMBER.format(r.attempts)), h('td', {}, NUMBER.format(r.overturned)), h('td', {}, percent(r.rate))))),
  );
}
