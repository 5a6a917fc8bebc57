import { KK_AMBIGUOUS_MONTHS, kkMonthNumber } from '../months';
import type { KkScriptLexicon } from '../lexicon';
import type { TimeMention } from '../../../time/types';

type Refiner = (mentions: TimeMention[], sentence: string) => TimeMention[];

/**
 * `бүгінге дейін` (until today), `былтырдан бері` (since last year), `2 аптаның ішінде` (within two weeks),
 * `қыс бойы` (all winter), `қаңтар айынан бері`: the postposition belongs to the expression and, for until and
 * since, makes its value an open interval.
 */
export function attachPostpositions(lex: KkScriptLexicon): Refiner {
  const w = lex.words;
  const month = lex.words.month.join('|');
  const post = new RegExp(
    `^(?:\\s+(?:${month})[\\p{L}]*)?\\s+(?<post>${[...w.until, ...w.sinceAfter, ...w.later, ...w.throughout].join('|')})(?![\\p{L}])`,
    'iu',
  );
  return (mentions, sentence) =>
    mentions.map((m) => {
      const hit = post.exec(sentence.slice(m.end));
      if (!hit?.groups?.post) return m;
      const p = hit.groups.post.toLocaleLowerCase('kk');
      const end = m.end + hit[0].length;
      const open = m.kind !== 'duration' && m.kind !== 'set' && m.value && !m.value.includes('/');
      let value = m.value;
      if (open && w.until.includes(p)) value = `../${m.value}`;
      if (open && (w.sinceAfter.includes(p) || w.later.includes(p))) value = `${m.value}/..`;
      return { ...m, end, text: sentence.slice(m.start, end), value };
    });
}

const YEARLIKE = new Set(['year', 'relative']);

/**
 * `өткен жылдың көктемінде`, `2013-інші жылдың 29-ыншы қаңтарында`, `биылғы сегіз айда`: a year in the genitive or
 * attributive right before another expression is one expression with it; the year fills the other's implied year.
 */
export const composeWithYear: Refiner = (mentions, sentence) => {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TimeMention[] = [];
  const used = new Set<TimeMention>();
  for (const first of sorted) {
    if (used.has(first)) continue;
    const isYear = YEARLIKE.has(first.kind) && first.value !== null && /^\d{4}$/.test(first.value);
    // A year in the genitive or attributive (`жылдың`, `жылғы`) makes one expression with what follows.
    const linking = /(?:ың|ің|ның|нің|дың|дің|тың|тің|ғы|гі|қы|кі|yñ|ıñ|ğy|gı)$/iu.test(first.text);
    const adverb = /(?:ы|і|y|ı)$|^(?:былтыр|биыл|byltyr|biyl)$/iu.test(first.text);
    const next = sorted.find(
      (x) =>
        x !== first &&
        x.start >= first.end &&
        x.start - first.end <= 3 &&
        /^\s+$/.test(sentence.slice(first.end, x.start)),
    );
    if (
      isYear &&
      next &&
      !linking &&
      next.start - first.end <= 3 &&
      adverb &&
      next.value &&
      !next.stated.year &&
      first.value
    ) {
      // `2021 жылы қыркүйекте`, `былтыр мамырда`: two expressions (KazNERD counts them apart), but the year is
      // the month's.
      out.push(first);
      used.add(next);
      out.push({
        ...next,
        value: next.value.replace(/^\d{4}/, first.value),
        stated: { ...next.stated, year: true },
        rule: `${next.rule}+year`,
      });
      continue;
    }
    if (!isYear || !linking || !next || next.start - first.end > 3) {
      out.push(first);
      continue;
    }
    used.add(next);
    const value =
      next.value && !next.stated.year && first.value ? next.value.replace(/^\d{4}/, first.value) : next.value;
    out.push({
      ...next,
      start: first.start,
      text: sentence.slice(first.start, next.end),
      value,
      stated: { ...next.stated, year: true },
      rule: `${next.rule}+year`,
    });
  }
  return out;
};

/**
 * A month named alone (`қаңтар, наурыз, маусым және қыркүйек`) is weak evidence of a date: kept only in a list or
 * range of months, where the neighbours vouch for it.
 */
export const keepWeakMonthsInLists: Refiner = (mentions, sentence) => {
  const months = mentions.filter((m) => m.kind === 'month');
  const joined = /^\s*(?:,|мен|бен|пен|және|[-–—]|men|ben|pen|jäne)\s*$/iu;
  const ofYear = /(?:жыл|jyl)[\p{L}]*(?:ың|ің|ның|дың|ғы|ñ|ğy)\s*$/iu;
  const thisOne = /(?:осы|биыл|былтыр|osy|biyl|byltyr)[\p{L}]*\s*$/iu;
  // `былтыр мамырда` ("last May"): a year adverb vouches even for a month word that is something else too.
  const yearAdverb = /(?:биыл|былтыр|biyl|byltyr)[\p{L}]*\s*$/iu;
  return mentions.filter((m) => {
    if (!m.rule.includes('Weak')) return true;
    // `шілдеде`, `қарашада`, `мамыр айында`: a month in the locative is when something happens (not `қазанда`,
    // which is as often "in Kazan").
    const monthNo = kkMonthNumber(m.text);
    // (Not after a number a day parser refused: `31 қарашада` is no date at all.)
    const afterNumber = /\d[\s-]*$/.test(sentence.slice(Math.max(0, m.start - 6), m.start));
    if (
      monthNo !== null &&
      monthNo !== 10 &&
      !afterNumber &&
      /(?:[дт][ае]|айында|aiynda|[dt][ae])$/iu.test(m.text) &&
      /^\p{Ll}/u.test(m.text)
    )
      return true;
    // `өткен жылдың қазанында`, `осы қаңтар`: a year or "this" right before vouches for it too.
    // `осы` vouches only for a month word that is nothing else: `осы қараша халық` is "these common people".
    const before = sentence.slice(Math.max(0, m.start - 24), m.start);
    const month = kkMonthNumber(m.text);
    if (
      ofYear.test(before) ||
      yearAdverb.test(before) ||
      (thisOne.test(before) && month !== null && !KK_AMBIGUOUS_MONTHS.has(month))
    )
      return true;
    const near = (a: number, b: number) => b >= a && b - a <= 12 && joined.test(sentence.slice(a, b));
    return months.some((o) => o !== m && (near(m.end, o.start) || near(o.end, m.start)));
  });
};
