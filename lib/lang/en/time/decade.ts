import { SP, WORD_END, WORD_START, anyOf } from '../pattern';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { anchored } from './anchored-pattern';

const DECADE_WORDS = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
const NOTHING = { year: false, month: false, day: false };

/**
 * A decade: `the 1990s`, `1960s`, `the '80s`, `the eighties`, `the early 1980s`, `the mid-1990s`. EDTF writes the
 * 1990s `199X` (TIMEX3: `199`); a two-digit decade is taken in the 20th century, as news uses it.
 */
export const decadeParser: TimeParser = {
  name: 'parser/en/Decade',
  pattern: anchored(
    `${WORD_START}(?<the>the${SP})?(?:(?:early|late|mid|middle)(?:-|${SP}))?` +
      `(?:(?<full>1\\d\\d0|20\\d0)['’]?s|(?<short>['’]?\\d0['’]?s)|(?<word>${anyOf(DECADE_WORDS)}))${WORD_END}`,
    { words: DECADE_WORDS, digits: 'decade', reach: 25 },
  ),
  extract(m): ParsedTime | null {
    const g = m.groups ?? {};
    // `the 80s`, `the eighties`: a bare two-digit decade or a decade word needs `the` (or an apostrophe: `’80s`).
    if ((g.word || (g.short && !/^['’]/.test(g.short))) && !g.the) return null;
    let decade: string | null = null;
    if (g.full) decade = g.full.slice(0, 3);
    else if (g.short) decade = `19${g.short.replace(/\D/g, '').slice(0, 1)}`;
    else if (g.word) decade = `19${DECADE_WORDS.indexOf(g.word.toLowerCase()) + 2}`;
    if (!decade) return null;
    return { value: `${decade}X`, kind: 'decade', stated: NOTHING };
  },
};
