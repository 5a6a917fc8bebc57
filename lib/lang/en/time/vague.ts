import { EN_FUTURE_WORDS, EN_PAST_WORDS, EN_PRESENT_WORDS } from '../time-words';
import { WORD_END, WORD_START, anyOf, fold } from '../pattern';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { anchored, type Trigger } from './anchored-pattern';

const VAGUE_WORDS = anyOf([...EN_PRESENT_WORDS, ...EN_PAST_WORDS, ...EN_FUTURE_WORDS]);
const NOTHING = { year: false, month: false, day: false };

// Each phrase is found from its first word, or, after `the`, `a`, `at`, `in`, from the first word that is rarer.
const COMMON = new Set(['the', 'a', 'at', 'in', 'this']);
const VAGUE_TRIGGERS: Trigger[] = [...EN_PRESENT_WORDS, ...EN_PAST_WORDS, ...EN_FUTURE_WORDS].map((phrase) => {
  const words = phrase.split(' ');
  const at = words.findIndex((w) => !COMMON.has(w));
  // A little more reach than the phrase needs: its words may be separated by more than one space.
  return { words: [words[at] ?? phrase], reach: at <= 0 ? 0 : words.slice(0, at).join(' ').length + 1 + 2 * at };
});
const PAST = new Set(EN_PAST_WORDS.map(fold));
const FUTURE = new Set(EN_FUTURE_WORDS.map(fold));

// Uses of these words that are not about time: `current account`, `the current rate of` stays (a present
// reference), but an electric current, `futures` contracts and `once` as a conjunction do not.
const NOT_AFTER =
  /^\s*(?:account|accounts|affairs|events|assets|liabilities|liability|density|flows?|[,;]?\s*(?:the|a|an|it|he|she|they|we|you|i)\b)/i;

/**
 * References to the present, the past or the future with no date of their own: `now`, `currently`, `recently`,
 * `the past`, `the future`, `soon`, `in recent years`. Recognised with no value (never a made-up date), and a
 * direction: TIMEX3 `PRESENT_REF`, `PAST_REF` or `FUTURE_REF`.
 */
export const vagueParser: TimeParser = {
  name: 'parser/en/Vague',
  pattern: anchored(`${WORD_START}${VAGUE_WORDS}${WORD_END}`, ...VAGUE_TRIGGERS),
  extract(m, ctx): ParsedTime | null {
    const word = fold(m[0]);
    const after = ctx.sentence.slice(m.index + m[0].length);
    if ((word === 'current' || word === 'once') && NOT_AFTER.test(after)) return null;
    // `once` is a time only as an adverb at the end of a clause or before a verb: `was once`, `once ruled`.
    if (word === 'once' && !/^\s*(?:[.,;]|$|\p{Ll}+ed\b)/u.test(after)) return null;
    if (word === 'earlier' && !/^\s*[,.;]/.test(after)) return null;
    const direction = PAST.has(word) ? 'past' : FUTURE.has(word) ? 'future' : undefined;
    const ref = direction === 'past' ? 'PAST_REF' : direction === 'future' ? 'FUTURE_REF' : 'PRESENT_REF';
    return {
      value: null,
      kind: 'vague',
      stated: NOTHING,
      ...(direction ? { direction } : {}),
      timex: { type: 'DATE', value: ref },
    };
  },
};
