import { EN_ORDINAL, enOrdinalValue } from '../numbers';
import { SP, WORD_END, WORD_START } from '../pattern';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { anchored } from './anchored-pattern';

const NOTHING = { year: false, month: false, day: false };

/** `the 21st century`, `the twentieth century`, `the early 20th century`: EDTF `20XX` (TIMEX3 `20`). */
export const centuryParser: TimeParser = {
  name: 'parser/en/Century',
  pattern: anchored(
    `${WORD_START}(?:the${SP})?(?:(?:early|late|mid)(?:-|${SP}))?(?<ordinal>${EN_ORDINAL})(?:-|${SP})century${WORD_END}`,
    { words: ['century'], reach: 40 },
  ),
  extract(m): ParsedTime | null {
    const n = enOrdinalValue(m.groups?.ordinal ?? '');
    if (n === null || n < 1 || n > 22) return null;
    return { value: `${String(n - 1).padStart(2, '0')}XX`, kind: 'century', stated: NOTHING };
  },
};
