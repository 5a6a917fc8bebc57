import type { TimeMention } from '../../../time/types';
import { isAsciiLetter, isSpaceCode } from '../chars';

type Refiner = (mentions: TimeMention[], sentence: string) => TimeMention[];

const DAY_KINDS = new Set(['date', 'relative']);
const POINT_KINDS = new Set(['date', 'month', 'year', 'relative', 'season', 'quarter', 'decade']);

const byStart = (a: TimeMention, b: TimeMention) => a.start - b.start || b.end - a.end;

/**
 * The mentions by start, the longer first at the same start (a stable sort by `byStart`): the array itself when it is
 * in that order already, as it mostly is after the refiner before (the sort's copy and comparator calls spared).
 */
function inTextOrder(mentions: TimeMention[]): TimeMention[] {
  for (let k = 1; k < mentions.length; k++)
    if (byStart(mentions[k - 1]!, mentions[k]!) > 0) return [...mentions].sort(byStart);
  return mentions;
}

// The patterns below are built once: a regex literal inside a loop is a new object on every pass through it.
const CLOCK_VALUE = /T\d/;
const DAY_VALUE = /^\d{4}-\d\d-\d\d$/;
const TIME_DAY_GAP = /^,?\s+(?:on\s+)?$/;
const OPENER = /(?:^|\s)(from|between)\s+$/i;
const BETWEEN_GAP = /^\s+and\s+$/i;
const FROM_GAP = /^\s*(?:to|through|until|till|[-–—])\s*$/i;
const DASH_GAP = /^\s*[-–—]\s*$/;

/**
 * How far a gap that starts at `from` can reach: every gap between joined mentions is spaces, commas and dashes
 * around at most one short word (`on`, `and`, `to`, `through`). Mentions that start further on need no test.
 */
function gapLimit(sentence: string, from: number): number {
  let i = from;
  while (i < sentence.length && isGapChar(sentence.charCodeAt(i))) i++;
  for (let letters = 0; letters < 8 && isAsciiLetter(sentence.charCodeAt(i)); letters++) i++;
  while (i < sentence.length && isGapChar(sentence.charCodeAt(i))) i++;
  return i;
}

// `[\s,\-–—]` and `[A-Za-z]` read by character code: gapLimit runs for every mention, a regex test per character cost.
const isGapChar = (c: number) => c === 44 || c === 45 || c === 0x2013 || c === 0x2014 || isSpaceCode(c);

/** The mention that starts right after `m` with only `gap` between them, if any. */
function next(
  mentions: readonly TimeMention[],
  m: TimeMention,
  sentence: string,
  gap: RegExp,
): TimeMention | undefined {
  const limit = gapLimit(sentence, m.end);
  return mentions.find(
    (o) => o !== m && o.start >= m.end && o.start <= limit && gap.test(sentence.slice(m.end, o.start)),
  );
}

const isClockTime = (m: TimeMention): boolean => m.kind === 'time' && m.value !== null && CLOCK_VALUE.test(m.value);

/**
 * `9 a.m. Tuesday`, `noon Thursday`, `5 p.m. EST, Nov. 6`: a clock time followed by the day it is on is one TIMEX3
 * time on that day.
 */
export const attachTimeToDay: Refiner = (mentions, sentence) => {
  // No clock time, nothing to attach: the mentions in text order, as the loop below would give them (and joinRanges
  // must get them: among two mentions that could end a range, the first in its input wins).
  if (!mentions.some(isClockTime)) return inTextOrder(mentions);
  const used = new Set<TimeMention>();
  const out: TimeMention[] = [];
  for (const m of inTextOrder(mentions)) {
    if (used.has(m)) continue;
    const day = isClockTime(m) ? next(mentions, m, sentence, TIME_DAY_GAP) : undefined;
    const date = day && DAY_KINDS.has(day.kind) && day.value && DAY_VALUE.test(day.value) ? day.value : null;
    if (!day || !date || !m.value) {
      out.push(m);
      continue;
    }
    used.add(day);
    const value = `${date}${m.value.slice(m.value.indexOf('T'))}`;
    out.push({
      ...m,
      end: day.end,
      text: sentence.slice(m.start, day.end),
      value,
      stated: day.stated,
      rule: `${m.rule}+${day.rule}`,
    });
  }
  return out;
};

/**
 * `January-September 2025`: the first end of a range takes its year from the second when it has none of its own
 * (a year earlier if it would otherwise come after it).
 */
function withYearOf(first: TimeMention, second: TimeMention): string | null {
  if (!first.value || first.stated.year || !second.stated.year || !second.value) return first.value;
  const year = Number(second.value.slice(0, 4));
  const moved = `${year}${first.value.slice(4)}`;
  return moved > second.value ? `${year - 1}${first.value.slice(4)}` : moved;
}

/**
 * `from 30 November to 2 December`, `between 1990 and 1995`, `Nov. 30 - Dec. 2`: two points joined by a dash or
 * `to` make one range whose value is an EDTF interval (TIMEX3 scores its start).
 */
export const joinRanges: Refiner = (mentions, sentence) => {
  const used = new Set<TimeMention>();
  const out: TimeMention[] = [];
  for (const m of inTextOrder(mentions)) {
    if (used.has(m)) continue;
    // `from` or `between` is followed by a space: a mention with none before it has no opener to read.
    const c = sentence.charCodeAt(m.start - 1);
    const opener =
      c < 128 && c !== 32 && (c < 9 || c > 13) ? null : OPENER.exec(sentence.slice(Math.max(0, m.start - 12), m.start));
    const gap = opener?.[1]?.toLowerCase() === 'between' ? BETWEEN_GAP : opener ? FROM_GAP : DASH_GAP;
    const end = POINT_KINDS.has(m.kind) && m.value ? next(mentions, m, sentence, gap) : undefined;
    const first = end?.value ? withYearOf(m, end) : m.value;
    if (
      !end ||
      !end.value ||
      !first ||
      !POINT_KINDS.has(end.kind) ||
      end.value.includes('/') ||
      first.includes('/') ||
      end.value <= first
    ) {
      out.push(m);
      continue;
    }
    used.add(end);
    const start = opener ? m.start - opener[0].trimStart().length : m.start;
    const stated = { ...m.stated, year: m.stated.year || end.stated.year };
    out.push({
      ...m,
      start,
      end: end.end,
      text: sentence.slice(start, end.end),
      value: `${first}/${end.value}`,
      kind: 'range',
      stated,
      rule: `${m.rule}+range`,
    });
  }
  return out;
};
