import { romanToNumber } from '../lang/roman';

// Roman numerals are language data (lib/lang/roman.ts); re-exported for this stage's users.
export { numberToRoman, romanToNumber } from '../lang/roman';

/** Words between an ordinal and an event that make it count someone's own events: his first *foreign* visit. */
const PERSONAL_COUNT =
  /^(?:очн\p{L}*|зарубежн\p{L}*|иностранн\p{L}*|заграничн\p{L}*|foreign|overseas|in-person|шетелдік|шетел|sheteldik|şeteldık)$/iu;
/** A possessive before the ordinal: `his first summit`, `свой второй саммит`, `өзінің алғашқы`. */
const POSSESSIVE =
  /^(?:\p{L}+['’]s|his|her|their|my|our|свой|свое|своё|свою|своего|своем|своём|своим|его|её|ее|их|өзінің|өзiнiң|özınıñ|özinin)$/u;

/**
 * A language's ordinal word as a number (`екінші` → 2, `2-ші` → 2, `второго` → 2, `fifth` → 5), or null; `lower` is
 * the word in lower case, `previous` the word before it (`жиырма бірінші`, `двадцать первого`).
 */
export type OrdinalWord = (word: string, lower: string, previous: { lower: string; raw: string }) => number | null;

/**
 * The ordinal naming one occurrence of a recurring event, read from the words before its name: `VII Консультативтік
 * кездесу` → 7, `екінші отырысы` → 2, `2-ші отырыс` → 2, `XXI Форума`, `21-го форума`, `двадцать первого форума`,
 * `the 12th Summit`, `the fifth Consultative Meeting`. Looks back over at most two words (an adjective between).
 * Roman numerals are read here; words by the language's grammar (`EventGrammar.ordinalWord`).
 */
export function ordinalBefore(text: string, position: number, ordinalWord: OrdinalWord): number | null {
  const before = text.slice(Math.max(0, position - 60), position);
  const words = before.match(/[\p{L}\p{N}-]+/gu) ?? [];
  const last = words.slice(-3);
  for (let i = last.length - 1; i >= Math.max(0, last.length - 2); i--) {
    const word = last[i]!;
    const previous = (last[i - 1] ?? '').toLocaleLowerCase('kk');
    // `his first summit`, `второй очный саммит`, `алғашқы шетелдік сапары`: a person's count, not the edition.
    if (PERSONAL_COUNT.test(word) || (i < last.length - 1 && PERSONAL_COUNT.test(last[last.length - 1]!))) return null;
    if (POSSESSIVE.test(previous)) return null;
    const roman = romanToNumber(word.replace(/-.*$/, ''));
    if (roman !== null) return roman;
    const lower = word.toLocaleLowerCase('kk');
    const value = ordinalWord(word, lower, { lower: previous, raw: last[i - 1] ?? '' });
    if (value !== null) return value;
  }
  return null;
}
