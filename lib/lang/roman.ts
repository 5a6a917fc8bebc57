/** Roman numerals as the news writes them for editions and centuries (`VII Консультативтік кездесу`, `XXI ғасыр`). */

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
/** Built once: a module-level table, not one per call. */
const TO_ROMAN: ReadonlyArray<readonly [number, string]> = [
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** `VII` → 7; null for anything that is not a numeral from 1 to 199. */
export function romanToNumber(roman: string): number | null {
  if (!/^[IVXLC]+$/.test(roman)) return null;
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = ROMAN[roman[i] ?? ''] ?? 0;
    const next = ROMAN[roman[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 && total < 200 ? total : null;
}

/** 7 → `VII`. */
export function numberToRoman(n: number): string {
  let out = '';
  let rest = n;
  for (const [v, s] of TO_ROMAN) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}
