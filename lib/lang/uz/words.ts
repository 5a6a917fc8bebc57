/**
 * Uzbek (Latin script) words the grammars need. Oʻ and gʻ are written with U+02BB as the standard has it, and just as
 * often with ', ‘ or ’: `OG` matches any of them. Uzbek adds case endings to the word: `noyabrda` (in November),
 * `noyabrdan`, `noyabrga`, `noyabrning`; `-yil` and `-noyabr` take a hyphen after a number (`2025-yil 14-noyabr`).
 */
const APOSTROPHES = "ʻʼ'‘’`";
/** oʻ / gʻ with any of the apostrophes. */
export const OG = `[${APOSTROPHES}]`;

/** Month stems by number; `sentabr`/`sentyabr`, `oktabr`/`oktyabr` are both in use. */
export const UZ_MONTHS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['yanvar']],
  [2, ['fevral']],
  [3, ['mart']],
  [4, ['aprel']],
  [5, ['may']],
  [6, ['iyun']],
  [7, ['iyul']],
  [8, ['avgust']],
  [9, ['sentabr', 'sentyabr']],
  [10, ['oktabr', 'oktyabr']],
  [11, ['noyabr']],
  [12, ['dekabr']],
];

/** Case and possessive endings a month or day word takes (locative, ablative, dative, genitive; `oyida` "in the month of"). */
export const UZ_CASE = '(?:da|dan|ga|ning|ni|gacha|dagi|i|idan|ida)?';

export function uzMonthNumber(word: string): number | null {
  const lower = word.toLowerCase();
  for (const [n, stems] of UZ_MONTHS) if (stems.some((s) => lower.startsWith(s))) return n;
  return null;
}

/** `bugun` today, `ertaga` tomorrow, `kecha` yesterday, `indin` the day after tomorrow: days from the article date. */
export const UZ_RELATIVE_DAYS: Readonly<Record<string, number>> = { bugun: 0, ertaga: 1, kecha: -1, indin: 2 };

/** Future and past verb endings: `boradi`, `boʻladi`, `keladi`, `oʻtkaziladi` (will); `bordi`, `boʻldi`, `oʻtkazdi`, `-gan` (did). */
export const UZ_FUTURE = /(?:adi|aydi|yadi|moqda|ajak|ishi\s+kutilmoqda|rejalashtirilgan)(?![\p{L}])/iu;
export const UZ_PAST = /(?:(?<!a)(?:di|dilar)|gan|qan|kan|ganlar)(?![\p{L}])/iu;
