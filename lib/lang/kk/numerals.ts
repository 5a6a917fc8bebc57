/**
 * Kazakh number words: cardinals (`екі мың жиырма бес` = 2025) and ordinals (`жиырма бесінші` = 25th,
 * `екі мың жиырмасыншы` = 2020th). TV text in KazNERD spells numbers out, so dates come in words too.
 */
const UNITS: Record<string, number> = {
  бір: 1,
  екі: 2,
  үш: 3,
  төрт: 4,
  бес: 5,
  алты: 6,
  жеті: 7,
  сегіз: 8,
  тоғыз: 9,
  он: 10,
  жиырма: 20,
  отыз: 30,
  қырық: 40,
  елу: 50,
  алпыс: 60,
  жетпіс: 70,
  сексен: 80,
  тоқсан: 90,
};
const MULTIPLIERS: Record<string, number> = { жүз: 100, мың: 1000 };

/** Ordinal stems as they stand before -ыншы/-інші/-ншы/-нші (бірінші, алтыншы, жиырмасыншы, мыңыншы). */
const ORDINAL_ENDING = /(?:ыншы|інші|ншы|нші)$/u;

const ALL_WORDS = [...Object.keys(UNITS), ...Object.keys(MULTIPLIERS)].sort((a, b) => b.length - a.length);

/** One number word, cardinal or ordinal, with an optional ordinal ending (and nothing else). */
const WORD = `(?:${ALL_WORDS.join('|')})(?:с?[ыі]?нш[ыі])?`;

/** A run of number words whose last word is an ordinal (`жиырма бесінші`): how a day is written in words. */
export const KK_ORDINAL_NUMBER_WORDS = `(?:(?:${ALL_WORDS.join('|')})\\s+){0,5}(?:${ALL_WORDS.join('|')})с?[ыі]?нш[ыі]`;

/**
 * A run of one to six number words (`екі мың жиырма бесінші`). Meant to sit inside a larger pattern, after a
 * word start; the last word may carry the ordinal ending.
 */
export const KK_NUMBER_WORDS = `${WORD}(?:\\s+${WORD}){0,5}`;

/** The value of a run of number words, and whether it was an ordinal; null if it is not a well-formed number. */
export function kkNumberValue(words: string): { value: number; ordinal: boolean } | null {
  const parts = words.toLocaleLowerCase('kk').split(/\s+/).filter(Boolean);
  if (parts.length === 0) return null;
  let total = 0;
  let group = 0;
  let ordinal = false;
  for (const [i, raw] of parts.entries()) {
    let word = raw;
    if (ORDINAL_ENDING.test(word)) {
      if (i !== parts.length - 1) return null;
      ordinal = true;
      word = word.replace(ORDINAL_ENDING, '');
    }
    const stem = resolveStem(word);
    if (stem === null) return null;
    const multiplier = MULTIPLIERS[stem];
    if (multiplier) {
      group = (group || 1) * multiplier;
      if (multiplier === 1000) {
        total += group;
        group = 0;
      }
    } else group += UNITS[stem] ?? 0;
  }
  return { value: total + group, ordinal };
}

/** The stem behind an ordinal's truncation: `жиырмас` → жиырма, `алт` → алты, `бір` → бір. */
function resolveStem(word: string): string | null {
  if (word in UNITS || word in MULTIPLIERS) return word;
  const candidates = [word, word.replace(/с$/, ''), `${word}ы`, `${word}і`, word.replace(/с$/, '') + 'ы'];
  return candidates.find((c) => c in UNITS || c in MULTIPLIERS) ?? null;
}
