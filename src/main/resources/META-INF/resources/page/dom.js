// Elements built from data, never from HTML strings: names and quotes come from the record and are
// always set as text.

const SVG_NS = 'http://www.w3.org/2000/svg';

function build(element, attributes, children) {
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === false || value == null) {
      continue;
    }
    if (name.startsWith('on')) {
      element.addEventListener(name.slice(2), value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const child of children.flat(Infinity)) {
    if (child != null && child !== false) {
      element.append(child instanceof Node ? child : String(child));
    }
  }
  return element;
}

/** An HTML element: h('a', { href }, 'text', child...). */
export function h(tag, attributes, ...children) {
  return build(document.createElement(tag), attributes, children);
}

/** An SVG element, the same way. */
export function s(tag, attributes, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attributes, children);
}

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2019-05-07" as "7 May 2019". */
export function day(iso) {
  return iso ? DAY.format(new Date(`${iso}T00:00:00Z`)) : '';
}

/** A share as people read it: 19%, and one decimal below 10% so that 0.7% is not shown as 1%. */
export function percent(rate) {
  if (rate == null) {
    return 'no cases';
  }
  const value = rate * 100;
  return `${value.toFixed(value > 0 && value < 10 ? 1 : 0)}%`;
}

const STAGES = {
  FINAL: 'final', SEMI_FINAL: 'semi-final', QUARTER_FINAL: 'quarter-final', ROUND_OF_16: 'round of 16',
  ROUND_OF_32: 'round of 32', KNOCKOUT_PLAY_OFF: 'knockout play-off', PLAY_OFF: 'play-off round',
  LEAGUE_PHASE: 'league phase', GROUP: 'group stage', SECOND_ROUND: 'second round', FIRST_ROUND: 'first round',
  QUALIFYING: 'qualifying rounds', PRELIMINARY: 'preliminary round',
};

export function stage(code) {
  return STAGES[code] ?? String(code).toLowerCase().replaceAll('_', ' ');
}

const DECIDED_BY = {
  AGGREGATE: 'on aggregate', AWAY_GOALS: 'on away goals', EXTRA_TIME: 'in extra time', PENALTIES: 'on penalties',
  REPLAY: 'in a replay', COIN_TOSS: 'by the toss of a coin', AWARDED: 'by a result UEFA awarded', WALKOVER: 'by a walkover',
  SINGLE_MATCH: 'in a single match',
};

export function decidedBy(code) {
  return DECIDED_BY[code] ?? '';
}

/** A match's result with each stage apart: 90 minutes, then extra time, the shoot-out, an awarded result. */
export function result(match) {
  const { fullTime, afterExtraTime, penalties, awarded } = match.score;
  let text = `${match.homeClub.name} ${fullTime.home}–${fullTime.away} ${match.awayClub.name}`;
  if (afterExtraTime) {
    text += `, ${afterExtraTime.home}–${afterExtraTime.away} after extra time`;
  }
  if (penalties) {
    text += `, ${penalties.home}–${penalties.away} on penalties`;
  }
  if (awarded) {
    text += ` (awarded ${awarded.home}–${awarded.away})`;
  }
  return text;
}
