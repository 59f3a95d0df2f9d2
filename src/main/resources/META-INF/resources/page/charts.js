// The two charts, drawn as plain SVG: a few bars and one stepped line need no charting library, and the
// page stays small. Every number a chart shows is also written out beside it, for screen readers and
// for anyone who would rather read than look. Each chart is drawn at the width it is shown at (one unit
// a pixel), so that its text keeps a readable size on a phone instead of shrinking with the drawing.
import { s, percent } from './dom.js';

const NUMBER = new Intl.NumberFormat('en-GB');

/** The width the chart is laid out at; one too narrow to draw in (not laid out yet) gets a phone's. */
function widthOf(svg) {
  return Math.max(Math.round(svg.getBoundingClientRect().width), 320);
}

/** The smallest round ceiling above the highest share, so that small shares still get visible bars. */
function ceiling(highest) {
  return [0.05, 0.1, 0.2, 0.3, 0.4, 0.6, 0.8, 1].find((c) => c >= highest * 1.1) ?? 1;
}

/**
 * Bars of the share of first-leg deficits overturned, one per deficit, the chosen one highlighted.
 * `records` are the API's DeficitRecords, in deficit order.
 */
export function drawBaseRates(svg, records, chosen) {
  const width = widthOf(svg);
  const height = 276;
  const left = 44;
  const top = 28;
  const bottom = 196;
  const scaleTop = ceiling(Math.max(...records.map((r) => r.rate ?? 0)));
  const y = (rate) => bottom - (rate / scaleTop) * (bottom - top);
  const band = (width - left - 8) / records.length;
  // a narrow bar gets its count on two lines: "433 of" over "2,274"
  const narrow = band < 90;
  svg.replaceChildren();
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  for (const tick of [0, scaleTop / 2, scaleTop]) {
    svg.append(
      s('line', { x1: left, x2: width - 8, y1: y(tick), y2: y(tick), class: 'grid' }),
      s('text', { x: left - 6, y: y(tick) + 4, 'text-anchor': 'end', class: 'tick' }, percent(tick)),
    );
  }
  svg.append(s('text', { x: left + (width - left - 8) / 2, y: height - 4, 'text-anchor': 'middle', class: 'tick' },
    'goals behind after the first leg'));
  records.forEach((record, i) => {
    const x = left + i * band;
    const isChosen = record.deficit === chosen;
    const rate = record.rate ?? 0;
    const goals = `${record.deficit}+`;
    svg.append(s('g', { class: isChosen ? 'bar chosen' : 'bar', 'data-deficit': record.deficit },
      s('rect', { x: x + band * 0.2, width: band * 0.6, y: y(rate), height: Math.max(bottom - y(rate), 1) }),
      s('text', { x: x + band / 2, y: y(rate) - 6, 'text-anchor': 'middle', class: 'value' }, percent(record.rate)),
      s('text', { x: x + band / 2, y: bottom + 18, 'text-anchor': 'middle', class: 'label' }, isChosen ? `▲ ${goals}` : goals),
      s('text', { x: x + band / 2, y: bottom + 36, 'text-anchor': 'middle', class: 'count' },
        `${NUMBER.format(record.overturned)} of${narrow ? '' : ` ${NUMBER.format(record.attempts)}`}`),
      narrow && s('text', { x: x + band / 2, y: bottom + 52, 'text-anchor': 'middle', class: 'count' }, NUMBER.format(record.attempts)),
    ));
  });
}

/**
 * The aggregate of a tie (or the score of one match), minute by minute, as the margin of `side`: above
 * the middle line it leads, below it trails. `legs` come from story.js: per leg, its length in minutes,
 * whether its goal times are known, and the margin after each goal (or after the leg, when they are not).
 */
export function drawTimeline(svg, legs) {
  const width = widthOf(svg);
  const height = 220;
  const left = 40;
  const right = 8;
  const gap = 16;
  const top = 30;
  const bottom = 184;
  const margins = legs.flatMap((leg) => [leg.start, ...leg.steps.map((st) => st.margin)]);
  const high = Math.max(1, ...margins);
  const low = Math.min(-1, ...margins);
  const y = (margin) => top + ((high - margin) / (high - low)) * (bottom - top);
  const minutes = legs.reduce((sum, leg) => sum + leg.length, 0);
  const perMinute = (width - left - right - gap * (legs.length - 1)) / minutes;
  svg.replaceChildren();
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  for (let m = low; m <= high; m++) {
    svg.append(
      s('line', { x1: left, x2: width - right, y1: y(m), y2: y(m), class: m === 0 ? 'level' : 'grid' }),
      s('text', { x: left - 6, y: y(m) + 4, 'text-anchor': 'end', class: 'tick' }, m === 0 ? 'level' : m > 0 ? `+${m}` : `−${-m}`),
    );
  }
  let x0 = left;
  for (const leg of legs) {
    const x = (minute) => x0 + Math.min(minute, leg.length) * perMinute;
    svg.append(s('text', { x: x0, y: top - 12, class: 'leg' }, leg.title));
    for (const minute of leg.length > 90 ? [0, 45, 90, 120] : [0, 45, 90]) {
      const anchor = minute === 0 ? 'start' : minute === leg.length ? 'end' : 'middle';
      svg.append(s('text', { x: x(minute), y: bottom + 18, 'text-anchor': anchor, class: 'tick' }, `${minute}′`));
    }
    let path = `M${x(0)},${y(leg.start)}`;
    const dots = [];
    for (const step of leg.steps) {
      const stepX = leg.timed ? x(step.at) : x(leg.length);
      path += ` H${stepX} V${y(step.margin)}`;
      if (leg.timed) {
        dots.push(s('circle', { cx: stepX, cy: y(step.margin), r: 4 }, s('title', {}, step.label)));
      }
    }
    path += ` H${x(leg.length)}`;
    svg.append(s('path', { d: path, class: leg.timed ? 'margin' : 'margin untimed' }), ...dots);
    if (!leg.timed) {
      svg.append(s('text', { x: x(leg.length / 2), y: bottom - 6, 'text-anchor': 'middle', class: 'untimed-note' }, 'minutes not known'));
    }
    x0 += leg.length * perMinute + gap;
  }
}
