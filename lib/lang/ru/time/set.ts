import { anyOf, foldRu } from '../pattern';
import { RU_TIME_WORDS } from '../time-words';
import { RU_HALF_UNIT, RU_UNIT, isoDuration, ruUnitOf } from '../units';
import { RU_WEEKDAY, isPluralDative, ruWeekdayNumber } from '../weekdays';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import type { Timex } from '../../../time/types';
import { readAmount } from './amount';
import { END, START } from './fragments';

// `ежегодно`, `ежедневно`. Their adjectives (`ежегодный форум`) describe a thing, not a time: NEREL leaves them
// out, and so do we.
const EVERY_WORDS: Record<string, string> = {
  ежегодн: 'P1Y',
  ежемесячн: 'P1M',
  еженедельн: 'P1W',
  ежедневн: 'P1D',
  ежечасн: 'PT1H',
  ежеквартальн: 'P3M',
};
const EVERY_FORMS = Object.keys(EVERY_WORDS).map((stem) => `${stem}о`);

const RATE_AMOUNT = /(?:\d|тысяч\p{L}*|млн|млрд|миллион\p{L}*|миллиард\p{L}*|раз|раза)\s+(?:\p{L}+\s+){0,2}$/u;

/**
 * A set (a repeated time): `ежегодно`, `ежегодного`, `каждый год`, `каждые два года`, `раз в неделю`, `дважды в
 * год`, `по понедельникам`, `по выходным`, and rates (`370 тысяч тонн в год`). EDTF has no sets: the value is null and the TIMEX3 value says the
 * period (`P1Y`, `P2Y`, `XXXX-WXX-1`).
 */
export const setParser: TimeParser = {
  name: 'parser/ru/Set',
  pattern: new RegExp(
    `${START}(?:(?<adverb>${anyOf(EVERY_FORMS)})|(?<every>${anyOf(RU_TIME_WORDS.every)})\\s+(?<amount>(?:\\d{1,3}|\\p{L}+\\s+)?${RU_UNIT})` +
      `|(?<times>(?:один\\s+)?раз|дважды|трижды|\\d+\\s+раза?)\\s+в\\s+(?<per>${RU_UNIT}|${RU_HALF_UNIT})|по\\s+(?<days>${RU_WEEKDAY}|выходным|будням|праздникам)|в\\s+(?<rate>год|день|сутки|месяц|неделю|час))${END}`,
    'giu',
  ),
  extract(m, ctx): ParsedTime | null {
    const g = m.groups ?? {};
    const stated = { year: false, month: false, day: false };
    const set = (value: string): ParsedTime => ({
      value: null,
      kind: 'set',
      stated,
      timex: { type: 'SET', value } satisfies Timex,
    });
    if (g.rate) {
      // `370 тысяч тонн нефти в год`, `2 тысячи масок в день`: a rate, when an amount comes just before and nothing
      // depends on the unit (`в день выборов` is a day).
      const before = ctx.sentence.slice(Math.max(0, m.index - 40), m.index);
      const after = ctx.sentence.slice(m.index + m[0].length, m.index + m[0].length + 3);
      if (!RATE_AMOUNT.test(before) || !/^\s*(?:[.,;:!?)(]|$)/u.test(after)) return null;
      return set(isoDuration(1, ruUnitOf(g.rate) ?? 'year') ?? 'P1Y');
    }
    if (g.adverb) {
      const stem = Object.keys(EVERY_WORDS).find((s) => foldRu(g.adverb ?? '').startsWith(s));
      return stem ? set(EVERY_WORDS[stem] ?? 'P1Y') : null;
    }
    if (g.days) {
      const weekday = ruWeekdayNumber(g.days);
      if (weekday !== null && !isPluralDative(g.days)) return null;
      return set(weekday === null ? 'XXXX-WXX-WE' : `XXXX-WXX-${weekday}`);
    }
    const text = g.amount ?? g.per ?? '';
    const part = readAmount(/^\d|^\p{L}+\s/u.test(text) ? text : `1 ${text}`)[0];
    if (!part || part.amount === null || ruUnitOf(text.split(/\s+/).pop() ?? '') === null) return null;
    return set(isoDuration(part.amount, part.unit) ?? 'P1Y');
  },
};
