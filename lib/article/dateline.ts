import type { Dateline } from './types';

/**
 * Where a report was filed and by whom, as agencies print it at the start of the body. Each outlet has its own shape:
 *   ТАШКЕНТ. KAZINFORM –                      Kazinform (and ASTANA. Kazinform –)
 *   АСТАНА, 15 қараша – Sputnik.              Sputnik (МОСКВА, 12 ноя — Sputnik.)
 *   Астана. 15 ноября. INTERFAX-KAZAKHSTAN –   Interfax, KazTAG (Алматы. 3 июня. КазТАГ –)
 *   Astana, Nov 15 (Kazinform) -              a wire style
 *   15 November 2025, Astana                  a date line of its own, the text on the next line
 * Only looked for at the start of the body; an article with none (Akorda, Tengrinews, The Astana Times) has none.
 */
const PLACE = String.raw`(\p{Lu}[\p{L}\p{Pd}' ]{1,40}?)`;
const DASH = String.raw`[ \t]*[–—-][ \t]*`;
/** A date as datelines write it: `15 қараша`, `12 ноя`, `Nov 15`, `15 ноября` — a day and a month word. */
const DAY_MONTH = String.raw`(?:\d{1,2}[ \t]+\p{L}{3,12}\.?|\p{L}{3,9}\.?[ \t]+\d{1,2})`;

const SHAPES: ReadonlyArray<{ pattern: RegExp; place: number; agency: number }> = [
  // PLACE. AGENCY –  (the agency in capitals, or Kazinform's own capitalisation)
  {
    pattern: new RegExp(
      String.raw`^[ \t]*(\p{Lu}[\p{Lu}\p{Pd} ]{1,40}?)\.[ \t]+(\p{Lu}[\p{Lu}\p{N}\-]{1,30}|Kazinform|Kazakhstan Today)${DASH}`,
      'u',
    ),
    place: 1,
    agency: 2,
  },
  // PLACE, 15 қараша – Sputnik.
  {
    pattern: new RegExp(String.raw`^[ \t]*${PLACE},[ \t]+${DAY_MONTH}${DASH}(\p{L}[\p{L}\p{N}\-]{1,30})\.[ \t]*`, 'u'),
    place: 1,
    agency: 2,
  },
  // Place. 15 ноября. AGENCY –
  {
    pattern: new RegExp(String.raw`^[ \t]*${PLACE}\.[ \t]+${DAY_MONTH}\.[ \t]+(\p{L}[\p{L}\p{N}\-]{1,30})${DASH}`, 'u'),
    place: 1,
    agency: 2,
  },
  // Place, Nov 15 (Agency) -
  {
    pattern: new RegExp(
      String.raw`^[ \t]*${PLACE},[ \t]+${DAY_MONTH}[ \t]+\((\p{L}[\p{L}\p{N}\- ]{1,30})\)${DASH}`,
      'u',
    ),
    place: 1,
    agency: 2,
  },
];

/** A first body line that is only a date and a place: `15 November 2025, Astana`, `Astana, 2024 jylğy 4 jeltoqsan`. */
const DATE_WORDS = String.raw`(?:\d{1,2}[ \t]+\p{L}{3,12}\.?(?:[ \t]+\d{4}(?:[ \t]+\p{L}{1,6}\.?)?)?|\d{4}[ \t]+\p{L}{2,6}\.?[ \t]+\d{1,2}[ \t]+\p{L}{3,12}|\p{L}{3,9}\.?[ \t]+\d{1,2},?[ \t]+\d{4})`;
const OWN_LINE = [
  new RegExp(String.raw`^[ \t]*${DATE_WORDS},[ \t]+(\p{Lu}[\p{L}\p{Pd}' ]{1,40})[ \t]*\r?\n`, 'u'),
  new RegExp(String.raw`^[ \t]*(\p{Lu}[\p{L}\p{Pd}' ]{1,40}),[ \t]+${DATE_WORDS}[ \t]*\r?\n`, 'u'),
];

/** Title case for a dateline place: `ТАШКЕНТ` → `Ташкент`, `НЬЮ-ЙОРК` → `Нью-Йорк`. */
function titleCase(place: string): string {
  return place
    .toLocaleLowerCase()
    .replace(/(^|[\s\-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toLocaleUpperCase());
}

export function findDateline(text: string, bodyStart: number): Dateline | null {
  const head = text.slice(bodyStart, bodyStart + 200);
  const lead = head.length - head.trimStart().length;
  for (const shape of SHAPES) {
    const m = shape.pattern.exec(head);
    const place = m?.[shape.place];
    const agency = m?.[shape.agency];
    if (!m || !place || !agency) continue;
    return {
      start: bodyStart + lead,
      end: bodyStart + m[0].length,
      place: titleCase(place.trim()),
      agency: agency.trim(),
    };
  }
  for (const own of OWN_LINE) {
    const m = own.exec(head);
    if (!m?.[1]) continue;
    // The line ends at its newline: the text begins on the next line.
    return { start: bodyStart + lead, end: bodyStart + m[0].length, place: titleCase(m[1].trim()), agency: '' };
  }
  return null;
}
