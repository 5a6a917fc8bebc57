/** Month names, 1-based by index + 1. Cyrillic and the 2021 Latin alphabet, with print abbreviations. */
export const KK_MONTHS_CYRL = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
] as const;

export const KK_MONTHS_LATN = [
  'qañtar',
  'aqpan',
  'nauryz',
  'säuır',
  'mamyr',
  'mausym',
  'şılde',
  'tamyz',
  'qyrküiek',
  'qazan',
  'qaraşa',
  'jeltoqsan',
] as const;

/**
 * Month words that are also ordinary words (қазан "cauldron", қараша "commoners; brownish", тамыз "drip",
 * мамыр, шілде a plant). Alone they are months only with a date signal nearby: a day number, a year, or айы.
 */
export const KK_AMBIGUOUS_MONTHS = new Set([5, 6, 7, 8, 10, 11]);

/** Month number (1-12) for an inflected month word, or null. Matching is on the stem, so any suffix is fine. */
export function kkMonthNumber(word: string): number | null {
  const w = word.toLocaleLowerCase('kk');
  for (const list of [KK_MONTHS_CYRL, KK_MONTHS_LATN]) {
    // Longest stem first would matter only for shared prefixes; there are none among month names.
    const i = list.findIndex((m) => w.startsWith(m));
    if (i >= 0) return i + 1;
  }
  return null;
}
