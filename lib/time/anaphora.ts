import type { Language, Script } from '../model';
import { addDays } from './calendar';
import type { TimeMention } from './types';

/**
 * Expressions that name a day by the date the text has just established, not by the article's date: "earlier in
 * the day", "that evening", «вечером того же дня», «на следующий день», «сол күні», «келесі күні». A sentence-by-
 * sentence tagger cannot know that date, so these are resolved over the article in reading order: each one is
 * the last day stated before it, shifted by its offset (events-dev convention 4).
 */
interface Anaphor {
  pattern: RegExp;
  /** Days from the established date. */
  offset: number;
  /** "At that time", `сол кезде`: whatever the text last dated, a day, a month or a year. */
  any?: boolean;
}

const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}\\p{N}])';
const a = (body: string, offset: number): Anaphor => ({ pattern: new RegExp(`${L}(?:${body})${R}`, 'giu'), offset });

const EN: Anaphor[] = [
  { ...a('at\\s+(?:that|the)\\s+time|on\\s+that\\s+occasion|during\\s+that\\s+(?:visit|trip)', 0), any: true },
  a('(?:earlier|later)\\s+in\\s+the\\s+day|later\\s+that\\s+day|(?:on\\s+)?(?:that|the\\s+same)\\s+(?:day|evening|morning|afternoon|night)', 0),
  a('(?:on\\s+)?the\\s+(?:next|following)\\s+day|a\\s+day\\s+later|the\\s+day\\s+after|the\\s+next\\s+morning', 1),
  a('(?:on\\s+)?the\\s+(?:previous|preceding)\\s+day|the\\s+day\\s+before', -1),
];
const RU: Anaphor[] = [
  { ...a('в\\s+тот\\s+раз|во\\s+время\\s+того\\s+визита|в\\s+ходе\\s+того\\s+визита', 0), any: true },
  a('(?:(?:вечером|утром|днём|днем|позднее|позже)\\s+)?(?:в\\s+)?(?:тот\\s+же|этот\\s+же|того\\s+же|этого\\s+же)\\s+(?:день|дня|вечер)|в\\s+тот\\s+день', 0),
  a('на\\s+(?:следующий|другой)\\s+день|на\\s+следующее\\s+утро|днём\\s+позже|днем\\s+позже|спустя\\s+день', 1),
  // `Накануне,` / `накануне вечером`: the day before; `накануне визита` is "on the eve of", a preposition.
  { pattern: /(?<![\p{L}\p{N}])накануне(?=\s*[,.;]|\s+(?:вечером|днём|днем|утром))/giu, offset: -1 },
];
const KK: Anaphor[] = [
  { ...a('сол\\s+кезде|сол\\s+жолы|сол\\s+сапарда', 0), any: true },
  a('(?:дәл\\s+)?сол\\s+күн(?:і|нің|де)(?:\\s+(?:кешке|кешкісін|таңертең))?|сол\\s+кеште', 0),
  a('келесі\\s+күні|ертесіне|ертесі\\s+күні|ертеңінде', 1),
  a('бір\\s+күн\\s+бұрын', -1),
];
const KK_LATN: Anaphor[] = [
  { ...a('sol\\s+kezde|sol\\s+joly|sol\\s+saparda', 0), any: true },
  a('(?:däl\\s+)?sol\\s+kün(?:ı|nıñ|de)(?:\\s+(?:keşke|keşkısın|tañerteñ))?|sol\\s+keşte', 0),
  a('kelesı\\s+künı|ertesıne|ertesı\\s+künı|erteñınde', 1),
  a('bır\\s+kün\\s+būryn', -1),
];

function anaphoraFor(language: Language, script: Script): Anaphor[] {
  if (language === 'kk') return script === 'Latn' ? KK_LATN : KK;
  return language === 'ru' ? RU : EN;
}

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
  language: Language,
  script: Script,
): TimeMention[] {
  // Most articles have none: each pattern is tried on the whole text once before it is tried sentence by sentence.
  const anaphora = anaphoraFor(language, script).filter(({ pattern }) => {
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
        if (mentions.some((x) => x.start < end && start < x.end && x.value !== null) || matches.some((x) => x.start < end && start < x.end)) continue;
        matches.push({ start, end, text: m[0], offset, any });
      }
    }
  }
  matches.sort((x, y) => x.start - y.start);
  const found: TimeMention[] = [];
  // Anchors: day-precise mentions, and the anaphora already resolved ("that day … the next day").
  const days = mentions.filter((m) => m.rule !== 'article/HeaderDate' && m.value !== null && DAY.test(m.value));
  const dated = mentions.filter((m) => m.rule !== 'article/HeaderDate' && m.value !== null && /^\d{4}(?:-\d{2})?(?:-\d{2})?(?:\/\d{4}(?:-\d{2})?(?:-\d{2})?)?$/.test(m.value));
  for (const m of matches) {
    if (m.any) {
      // "At that time": the last date the text gave, as precise as it was; with none, nothing is known.
      const last = [...dated, ...found].filter((x) => x.end <= m.start).sort((x, y) => x.end - y.end).at(-1);
      if (last?.value) found.push({ start: m.start, end: m.end, text: m.text, value: last.value, kind: 'relative', stated: { year: false, month: false, day: false }, rule: `anaphora/${language}/ThatTime` });
      continue;
    }
    const before = [...days, ...found].filter((x) => x.end <= m.start).sort((x, y) => x.end - y.end).at(-1);
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
