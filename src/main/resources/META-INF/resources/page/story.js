// The story of a tie (or of one match): its aggregate goal by goal, who needed how many and when, with
// what was said about it. Minutes are known for a few hundred matches only; a leg without them is shown
// by its score alone, and says so.
import { h, s, day, stage, decidedBy, result } from './dom.js';
import { drawTimeline } from './charts.js';

function minuteOf(goal) {
  return goal.stoppage ? `${goal.minute}+${goal.stoppage}′` : `${goal.minute}′`;
}

/** Where a goal falls on its leg's line: added time is squeezed in just after the minute it belongs to. */
function position(goal) {
  return goal.minute + (goal.stoppage ? Math.min(goal.stoppage, 8) * 0.25 : 0);
}

/** Who needs how many, seen from `side` when its margin is `margin`. */
function standing(margin, side, other) {
  if (margin === 0) {
    return 'level';
  }
  const [behind, n] = margin < 0 ? [side, -margin] : [other, margin];
  return `${behind.name} need ${n} to draw level`;
}

/**
 * The legs with the margin of `side` after every goal. A leg without goal times moves the margin once,
 * at its end, by its final score (after extra time where there was some).
 */
function timeline(legs, side, other) {
  let own = 0;
  let against = 0;
  const aggregate = legs.length > 1;
  return legs.map((leg, i) => {
    const start = own - against;
    const before = `${side.name} ${own}–${against} ${other.name} on aggregate; ${standing(start, side, other)}`;
    const title = !aggregate ? 'The match' : leg.replay ? 'Replay' : `Leg ${leg.leg ?? i + 1}`;
    const length = leg.score.afterExtraTime ? 120 : 90;
    const steps = [];
    if (leg.goalTimesComplete) {
      for (const goal of leg.goals) {
        if (goal.club.id === side.id) {
          own += 1;
        } else {
          against += 1;
        }
        const scorer = `${goal.scorer ?? 'a goal'}${goal.penalty ? ' (pen.)' : ''}${goal.ownGoal ? ' (own goal)' : ''}`;
        const forClub = goal.club.id === side.id ? side : other;
        steps.push({
          at: position(goal), margin: own - against,
          label: `${minuteOf(goal)} ${scorer} for ${forClub.name}`,
          standing: `${side.name} ${own}–${against} ${other.name}${aggregate ? ' on aggregate' : ''}; ${standing(own - against, side, other)}`,
        });
      }
    } else {
      const final = leg.score.afterExtraTime ?? leg.score.fullTime;
      const home = leg.homeClub.id === side.id;
      own += home ? final.home : final.away;
      against += home ? final.away : final.home;
      steps.push({ margin: own - against });
    }
    return {
      leg, title, length, start, steps, timed: leg.goalTimesComplete,
      before: i > 0 ? before : null,
      after: `${side.name} ${own}–${against} ${other.name}${aggregate ? ' on aggregate' : ''}; ${standing(own - against, side, other)}`,
    };
  });
}

function legBlock(part) {
  const heading = [h('h3', {}, `${part.title}, ${day(part.leg.date)}: ${result(part.leg)}`),
    part.before && h('p', {}, `Before kick-off: ${part.before}.`)];
  if (!part.timed) {
    return h('li', {}, heading,
      h('p', { class: 'missing' }, 'No goal minutes in the record for this match: only its score.'),
      h('p', {}, `After it: ${part.after}.`));
  }
  return h('li', {}, heading,
    part.steps.length
      ? h('ol', { class: 'goals' }, part.steps.map((step) => h('li', {}, h('span', { class: 'minute' }, step.label), ` — ${step.standing}.`)))
      : h('p', {}, `No goals. ${part.after}.`));
}

function quotesBlock(quotes, what) {
  return [
    h('h3', {}, 'What was said'),
    quotes.length
      ? h('ul', { class: 'quotes' }, quotes.map(({ node: q }) => h('li', {}, h('figure', {},
        h('blockquote', {}, h('p', {}, q.text)),
        h('figcaption', {}, `${q.speaker.name}`, q.saidOn ? `, ${day(q.saidOn)}` : '', q.source ? ` (${q.source})` : '',
          q.machineTranslated ? '. Machine-translated.' : '')))))
      : h('p', {}, `The record holds no quotes about this ${what}.`),
  ];
}

/**
 * Renders a tie (kind 'tie') or a match (kind 'match') as the API answered it, from the point of view
 * of the club asked about when it played, else of the winner (the home side of a match).
 */
export function renderStory(container, kind, data, clubId) {
  const subject = kind === 'tie' ? data.tie : data.match;
  if (!subject) {
    container.replaceChildren(h('h2', { id: 'story-title', tabindex: '-1' }, `No such ${kind}`),
      h('p', {}, `The record has no ${kind} with this id.`));
    return;
  }
  const [a, b] = kind === 'tie' ? [subject.clubA, subject.clubB] : [subject.homeClub, subject.awayClub];
  const preferred = [a, b].find((c) => c.id === clubId) ?? (kind === 'tie' && subject.winner) ?? a;
  const side = preferred.id === a.id ? a : b;
  const other = side === a ? b : a;
  const legs = kind === 'tie' ? subject.legs : [subject];
  const parts = timeline(legs, side, other);
  const outcome = kind === 'tie'
    ? `${subject.winner ? `${subject.winner.name} went through ${decidedBy(subject.decidedBy)}` : 'The record names no winner'}; aggregate ${a.name} ${subject.aggregateA}–${subject.aggregateB} ${b.name}.`
    : `${result(subject)}.`;
  const untimed = parts.filter((p) => !p.timed).length;
  const svg = s('svg', { class: 'timeline', role: 'img', 'aria-labelledby': 'timeline-caption' });
  container.replaceChildren(
    h('h2', { id: 'story-title', tabindex: '-1' }, `${a.name} v ${b.name}`),
    h('p', { class: 'summary' }, `${subject.season.name} ${subject.competition.name}, ${stage(subject.stage)}. ${outcome}`),
    untimed === parts.length
      ? h('p', { class: 'missing' }, `Minutes are missing: the record has the minute of every goal for a few hundred matches only, and not for this ${kind}. Its ${kind === 'tie' ? 'aggregate' : 'score'} is told by the final scores alone.`)
      : untimed ? h('p', { class: 'missing' }, 'Minutes are missing for part of this tie: those legs are shown by their score alone.') : '',
    untimed < parts.length && h('figure', {}, svg,
      h('figcaption', { id: 'timeline-caption' },
        `${side.name}'s margin${legs.length > 1 ? ' on aggregate' : ''}, minute by minute: above the middle line ahead, below it behind.`)),
    h('ol', { class: 'story-legs' }, parts.map(legBlock)),
    ...quotesBlock(data.quotes.edges, kind),
  );
  if (untimed < parts.length) {
    drawTimeline(svg, parts);
  }
}
