import type { LexiconTrigger } from '../../../events/lexicon-triggers';
import { OG } from '../words';

// Uzbek noun endings after an event word: possessive `-i`/`-si`, plural `-lar`, cases `-da`, `-dan`, `-ga`, `-ning`,
// `-ni`, and their chains (`tashrifi`, `tashrifida`, `tashrifining`, `muzokaralarda`, `uchrashuvda`).
const N = '(?:lar)?(?:i|si)?(?:da|dan|ga|ning|ni|dagi)?';

export const UZ_TRIGGERS: readonly LexiconTrigger[] = [
  {
    pattern: `tashrif${N}`,
    type: 'visit',
    modifiers: [
      [/norasmiy\s+$/iu, 'informal-visit'],
      [/davlat\s+$/iu, 'state-visit'],
      [/rasmiy\s+$/iu, 'official-visit'],
      [/ishchi\s+$/iu, 'working-visit'],
    ],
  },
  { pattern: `muzokara${N}`, type: 'talks' },
  { pattern: `uchrashuv${N}`, type: 'talks', needsPerson: true },
  { pattern: `sammit${N}`, type: 'summit' },
  { pattern: `telefon\\s+orqali\\s+suhbat${N}|telefon\\s+suhbati${N}`, type: 'phone-call' },
  { pattern: `qo${OG}shma\\s+bayonot${N}`, type: 'joint-statement' },
];

/** The verb after the event word says whether it is to come or has been (Uzbek puts it last). */
export const UZ_ANNOUNCED =
  /(?<![\p{L}])(?:\p{L}+(?:adi|aydi|yadi|ajak)|kutilmoqda|rejalashtirilgan|o[ʻʼ'‘’`]tkaziladi|bo[ʻʼ'‘’`]ladi)(?![\p{L}])/giu;
// Past `keldi`, `bordi`, `oʻtkazdi` (not the future `keladi`), the participle `-gan`.
export const UZ_REPORTED =
  /(?<![\p{L}])(?:\p{L}+(?<!a)(?:di|dilar)|\p{L}+(?:gan|ganlar)|bo[ʻʼ'‘’`]lib\s+o[ʻʼ'‘’`]tdi)(?![\p{L}])/giu;
