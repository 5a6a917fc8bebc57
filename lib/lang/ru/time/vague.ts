import { anyOf } from '../pattern';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { END, START } from './fragments';

// Vague references built on a unit or a day, with the direction they point in.
const PAST = [
  'в последние годы',
  'в последние месяцы',
  'в последние недели',
  'в последние дни',
  'в последние десятилетия',
  'за последние годы',
  'за последние месяцы',
  'в прошлые годы',
  'в прежние годы',
  'в те годы',
  'в разные годы',
  'долгие годы',
  'многие годы',
  'в минувшие годы',
  'в последний год',
  'последние годы',
  'все эти годы',
];
const FUTURE = [
  'в ближайшие годы',
  'в ближайшие месяцы',
  'в ближайшие недели',
  'в ближайшие дни',
  'в ближайшие десятилетия',
  'в предстоящие годы',
  'в будущие годы',
  'в грядущие годы',
  'в ближайшем будущем',
  'в обозримом будущем',
  'в недалёком будущем',
  'в ближайший год',
];
// Days named by another event in the text: `в тот же день`, `на следующий день` (anaphoric: no value here).
const PRESENT = [
  'на сегодняшний день',
  'на сегодня',
  'в тот же день',
  'в этот же день',
  'в тот день',
  'в этот день',
  'на следующий день',
  'в тот же год',
  'в том же году',
  'в этом же году',
  'на следующий год',
  'того же дня',
  'на днях',
  'в разное время',
  'до настоящего времени',
  'по настоящее время',
  'к настоящему времени',
];

function vague(direction: 'past' | 'future' | undefined): ParsedTime {
  return {
    value: null,
    kind: 'vague',
    stated: { year: false, month: false, day: false },
    ...(direction ? { direction } : {}),
  };
}

/**
 * Vague time references with a unit: `в последние годы`, `в ближайшие месяцы`, `на сегодняшний день`, `в тот же
 * день`. Recognised so that they are marked as time, never given a made-up date.
 */
export const vagueParser: TimeParser = {
  name: 'parser/ru/Vague',
  pattern: new RegExp(`${START}(?:(?<past>${anyOf(PAST)})|(?<future>${anyOf(FUTURE)})|${anyOf(PRESENT)})${END}`, 'giu'),
  extract(m): ParsedTime {
    return vague(m.groups?.past ? 'past' : m.groups?.future ? 'future' : undefined);
  },
};

const PAST_ADVERBS = ['недавно', 'совсем недавно', 'в последнее время', 'в прошлом', 'накануне', 'давно'];
const FUTURE_ADVERBS = ['в ближайшее время', 'в скором времени', 'вскоре', 'в будущем', 'скоро'];
const NOW_ADVERBS = [
  'сейчас',
  'в настоящее время',
  'в настоящий момент',
  'в данный момент',
  'на данный момент',
  'ныне',
  'нынче',
  'в наши дни',
  'в этот момент',
  'к этому времени',
];

/**
 * Adverbs of time with no unit: `недавно`, `сейчас`, `в настоящее время`, `в ближайшее время`. They are time
 * references (the timeline can say "recently") but not calendar expressions; NEREL mostly leaves them out, and its
 * evaluation does too (scripts/eval/nerel.ts).
 */
export const vagueAdverbParser: TimeParser = {
  name: 'parser/ru/VagueAdverb',
  pattern: new RegExp(
    `${START}(?:(?<past>${anyOf(PAST_ADVERBS)})|(?<future>${anyOf(FUTURE_ADVERBS)})|${anyOf(NOW_ADVERBS)})${END}`,
    'giu',
  ),
  extract(m, ctx): ParsedTime | null {
    // `накануне выборов` is a preposition ("on the eve of"), not "the day before".
    if (/^накануне$/iu.test(m[0]) && /^\s+\p{Ll}/u.test(ctx.sentence.slice(m.index + m[0].length))) return null;
    return vague(m.groups?.past ? 'past' : m.groups?.future ? 'future' : undefined);
  },
};
