import type { Script, Span } from '../../../article/types';
import { KK_SIGNING, KK_TRIGGERS, KK_VISIT_KINDS, type TriggerEntry } from './lexicon';
import { KK_CYRL_SUFFIXES, KK_LATN_SUFFIXES, inflected } from '../morphology';
import { cyrillicToLatin } from '../transliterate';
import type { EventType } from '../../../events/types';
import type { Trigger } from '../../../events/grammar';

interface Compiled {
  pattern: RegExp;
  stems: Array<{ stem: string; entry: TriggerEntry }>;
  signing: RegExp;
  arrival: RegExp;
  exchange: RegExp;
}

/** `Мәскеуге келді`, `Астанаға ұшып келеді`, `Ankarağa bardy`: a name in the dative, then a verb of arriving. */
const ARRIVAL_CYRL =
  /(?<![\p{L}])(?:ұшып\s+)?(?:кел|бар)(?:ді|еді|ген|етін|етіні|ады|ған|атын|атыны|мек|мақ)(?![\p{L}])/gu;
const ARRIVAL_LATN = /(?<![\p{L}])(?:ūşyp\s+)?(?:kel|bar)(?:dı|dy|edı|gen|etın|ady|ğan|atyn|mek|maq)(?![\p{L}])/gu;
/** The word before an arrival verb: a name (capitalised) in the dative. */
const DATIVE_NAME_CYRL = /\p{Lu}[\p{L}-]*(?:ға|ге|қа|ке|на|не|а|е)\s+$/u;
const DATIVE_NAME_LATN = /\p{Lu}[\p{L}-]*(?:ğa|ge|qa|ke|na|ne|a|e)\s+$/u;
const ARRIVAL_ENTRY: TriggerEntry = { stems: [], latn: [], type: 'visit', needsDestination: true };

const compiled = new Map<Script, Compiled>();

function compile(script: Script): Compiled {
  const hit = compiled.get(script);
  if (hit) return hit;
  const latn = script === 'Latn';
  // Latin stems are the Cyrillic ones transliterated, plus any spelling the lexicon adds by hand.
  const stems = KK_TRIGGERS.flatMap((entry) =>
    [...new Set(latn ? [...entry.latn, ...entry.stems.map(cyrillicToLatin)] : entry.stems)].map((stem) => ({
      stem,
      entry,
    })),
  ).sort((a, b) => b.stem.length - a.stem.length);
  const suffixes = latn ? KK_LATN_SUFFIXES : KK_CYRL_SUFFIXES;
  const docs = inflected(
    latn
      ? [...new Set([...KK_SIGNING.documentsLatn, ...KK_SIGNING.documents.map(cyrillicToLatin)])]
      : KK_SIGNING.documents,
    suffixes,
  );
  const c: Compiled = {
    pattern: new RegExp(
      inflected(
        stems.map((s) => s.stem),
        suffixes,
      ),
      'giu',
    ),
    stems: stems.map((s) => ({ ...s, stem: s.stem.toLocaleLowerCase('kk') })),
    // `шартқа 2014 жылғы 29 мамырда Астанада қол қойылды`: up to five words between; `2009 жылы қол қойылған Нахчыван
    // келісімі`: the participle before the document; `Астана декларациясы қабылданды`: adopted.
    signing: new RegExp(
      `${docs}(?:\\s+[\\p{L}\\d-]+){0,5}?\\s+(?:${latn ? KK_SIGNING.verbLatn : KK_SIGNING.verb}|${latn ? KK_SIGNING.adoptedLatn : KK_SIGNING.adopted})[\\p{L}]*` +
        `|${latn ? KK_SIGNING.verbLatn : KK_SIGNING.verb}(?:ыл|yl)[\\p{L}]*\\s+(?:[\\p{L}-]+\\s+){0,3}?${docs}`,
      'giu',
    ),
    arrival: latn ? ARRIVAL_LATN : ARRIVAL_CYRL,
    // `құжаттармен алмасты`: the sides exchanged the documents they signed.
    exchange: new RegExp(`${docs}(?:\\s+[\\p{L}-]+){0,1}?\\s+(?:алмас|almas)[\\p{L}]*`, 'giu'),
  };
  compiled.set(script, c);
  return c;
}

/** The visit kind from the adjective right before `сапар` (skipping nothing: `бейресми сапары`). */
function visitKind(text: string, triggerStart: number): EventType {
  const before = text.slice(Math.max(0, triggerStart - 40), triggerStart).toLocaleLowerCase('kk');
  const lastWord = /([\p{L}]+)\s*$/u.exec(before)?.[1] ?? '';
  return KK_VISIT_KINDS.find(([adj]) => adj === lastWord)?.[1] ?? 'visit';
}

/** Event words of one Kazakh sentence, with offsets into `text`. Overlaps keep the longer match. */
export function findKkTriggers(text: string, sentence: Span, script: Script): Trigger[] {
  const { pattern, stems, signing, arrival, exchange } = compile(script);
  const s = text.slice(sentence.start, sentence.end);
  const found: Trigger[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(s); m; m = pattern.exec(s)) {
    const word = m[0].toLocaleLowerCase('kk').replace(/\s+/g, ' ');
    const hit = stems.find((x) => word.startsWith(x.stem));
    if (!hit) continue;
    const start = sentence.start + m.index;
    const type = hit.entry.type === 'visit' ? visitKind(text, start) : hit.entry.type;
    found.push({ start, end: start + m[0].length, type, entry: hit.entry });
  }
  for (const re of [signing, exchange]) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const start = sentence.start + m.index;
      found.push({ start, end: start + m[0].length, type: 'agreement-signing', entry: null });
    }
  }
  // An arrival counts only where no visit word tells of the same trip (`сапармен келді`).
  if (!found.some((t) => t.type.endsWith('visit'))) {
    arrival.lastIndex = 0;
    const dativeName = script === 'Latn' ? DATIVE_NAME_LATN : DATIVE_NAME_CYRL;
    for (let m = arrival.exec(s); m; m = arrival.exec(s)) {
      if (!dativeName.test(s.slice(Math.max(0, m.index - 40), m.index))) continue;
      const start = sentence.start + m.index;
      found.push({ start, end: start + m[0].length, type: 'visit', entry: ARRIVAL_ENTRY });
    }
  }
  const kept = found
    .sort((a, b) => b.end - b.start - (a.end - a.start))
    .filter((t, i, all) => all.slice(0, i).every((k) => t.end <= k.start || t.start >= k.end));
  return kept.sort((a, b) => a.start - b.start);
}
