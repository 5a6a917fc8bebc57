import type { Dateline } from './types';

// `ТАШКЕНТ. KAZINFORM –`, `ASTANA. KAZINFORM —`, `НЬЮ-ЙОРК. KAZINFORM -`: a place in capitals, a full stop,
// the agency in capitals, then a dash. Only looked for at the start of the body.
const DATELINE = /^[ \t]*(\p{Lu}[\p{Lu}\p{Pd} ]{1,40}?)\.[ \t]+(\p{Lu}[\p{Lu}\p{N}\-]{1,30})[ \t]*[–—-][ \t]*/u;

/** Title case for a dateline place: `ТАШКЕНТ` → `Ташкент`, `НЬЮ-ЙОРК` → `Нью-Йорк`. */
function titleCase(place: string): string {
  return place.toLocaleLowerCase().replace(/(^|[\s\-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toLocaleUpperCase());
}

export function findDateline(text: string, bodyStart: number): Dateline | null {
  const m = DATELINE.exec(text.slice(bodyStart, bodyStart + 200));
  if (!m || !m[1] || !m[2]) return null;
  const lead = m[0].length - m[0].trimStart().length;
  return {
    start: bodyStart + lead,
    end: bodyStart + m[0].length,
    place: titleCase(m[1].trim()),
    agency: m[2],
  };
}
