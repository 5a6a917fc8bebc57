import { addDays } from './calendar';
import type { TimeMention } from './types';

/**
 * Expressions that name a day by the date the text has just established, not by the article's date: "earlier in
 * the day", "that evening", «вечером того же дня», «на следующий день», «сол күні», «келесі күні». A sentence-by-
 * sentence tagger cannot know that date, so these are resolved over the article in reading order: each one is
 * the last day stated before it, shifted by its offset (events-dev convention 4).
 */
export interface Anaphor {
  pattern: RegExp;
  /** Days from the established date. */
  offset: number;
  /** "At that time", `сол кезде`: whatever the text last dated, a day, a month or a year. */
  any?: boolean;
}

const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}\\p{N}])';
/** A whole-word anaphor, for a language's list (lib/lang/<code>/time/anaphora.ts). */
export const anaphor = (body: string, offset: number): Anaphor => ({
  pattern: new RegExp(`${L}(?:${body})${R}`, 'giu'),
  offset,
});

const DAY = /^\d{4}-\d{2}-\d{2}(?:\/\d{4}-\d{2}-\d{2})?$/;

/**
 * Add the anaphoric day expressions of an article to its tagged mentions (text order, offsets into `text`): each
 * takes the last day-precise mention before it (not the header date) as its anchor, or the article date if there
 * is none. Expressions overlapping an existing mention are left to it.
 */
export function resolveAnaphora(
  text: string,
  sentences: ReadonlyArray<{ start: number; end: number }>,
  mentions: TimeMention[],
  articleDate: string,
  anaphors: readonly Anaphor[],
  language: string,
): TimeMention[] {
  // Most articles have none: each pattern is tried on the whole text once before it is tried sentence by sentence.
  const anaphora = anaphors.filter(({ pattern }) => {
    pattern.lastIndex = 0;
    return pattern.test(text);
  });
  if (anaphora.length === 0) return mentions;
  const matches: Array<{ start: number; end: number; text: string; offset: number; any: boolean }> = [];
  for (const s of sentences) {
    const slice = text.slice(s.start, s.end);
    for (const { pattern, offset, any = false } of anaphora) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
        const start = s.start + m.index;
        const end = start + m[0].length;
        // A valued mention over it wins; one with no value (`того же дня` read as vague) gives way.
        if (
          mentions.some((x) => x.start < end && start < x.end && x.value !== null) ||
          matches.some((x) => x.start < end && start < x.end)
        )
          continue;
        matches.push({ start, end, text: m[0], offset, any });
      }
    }
  }
  matches.sort((x, y) => x.start - y.start);
  const found: TimeMention[] = [];
  // Anchors: day-precise mentions, and the anaphora already resolved ("that day … the next day").
  const days = mentions.filter((m) => m.rule !== 'article/HeaderDate' && m.value !== null && DAY.test(m.value));
  const dated = mentions.filter(
    (m) =>
      m.rule !== 'article/HeaderDate' &&
      m.value !== null &&
      /^\d{4}(?:-\d{2})?(?:-\d{2})?(?:\/\d{4}(?:-\d{2})?(?:-\d{2})?)?$/.test(m.value),
  );
  for (const m of matches) {
    if (m.any) {
      // "At that time": the last date the text gave, as precise as it was; with none, nothing is known.
      const last = [...dated, ...found]
        .filter((x) => x.end <= m.start)
        .sort((x, y) => x.end - y.end)
        .at(-1);
      if (last?.value)
        found.push({
          start: m.start,
          end: m.end,
          text: m.text,
          value: last.value,
          kind: 'relative',
          stated: { year: false, month: false, day: false },
          rule: `anaphora/${language}/ThatTime`,
        });
      continue;
    }
    const before = [...days, ...found]
      .filter((x) => x.end <= m.start)
      .sort((x, y) => x.end - y.end)
      .at(-1);
    const [first, last] = (before?.value ?? articleDate).split('/');
    const anchor = m.offset > 0 ? (last ?? first!) : first!;
    found.push({
      start: m.start,
      end: m.end,
      text: m.text,
      value: addDays(anchor, m.offset),
      kind: 'relative',
      stated: { year: false, month: false, day: false },
      rule: `anaphora/${language}${before ? '' : '/ArticleDate'}`,
    });
  }
  if (found.length === 0) return mentions;
  const kept = mentions.filter((x) => !found.some((f) => x.start < f.end && f.start < x.end));
  return [...kept, ...found].sort((x, y) => x.start - y.start);
}
