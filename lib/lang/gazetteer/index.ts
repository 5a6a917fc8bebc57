import type { Language, Script } from '../../article/types';
import { EN_SUFFIXES } from '../en/morphology';
import { KK_CYRL_SUFFIXES, KK_LATN_SUFFIXES, inflected } from '../kk/morphology';
import { RU_SUFFIXES } from '../ru/morphology';
import { BODIES } from './bodies';
import { COUNTRIES } from './countries';
import { PEOPLE } from './people';
import { PLACES } from './places';
import type { ActorEntry, PlaceEntry, Spellings } from './types';

export type { ActorEntry, PlaceEntry } from './types';

export const ACTORS: readonly ActorEntry[] = [...PEOPLE, ...COUNTRIES, ...BODIES];
export { PLACES };

const actorIndex = new Map(ACTORS.map((a) => [a.id, a]));
const placeIndex = new Map(PLACES.map((p) => [p.id, p]));

export function actorById(id: string): ActorEntry | undefined {
  return actorIndex.get(id);
}

export function placeById(id: string): PlaceEntry | undefined {
  return placeIndex.get(id);
}

/** The person who is head of state of `country`, if the gazetteer knows them. */
export function headOfState(country: string): ActorEntry | undefined {
  return PEOPLE.find((p) => p.headOfState === country);
}

export interface EntityMention {
  kind: 'actor' | 'place';
  id: string;
  start: number;
  end: number;
  /** What follows the stem: the case and possessive endings, lower case (`ке`, `тың`, `ымен`). */
  suffix: string;
}

type SpellingKey = keyof Spellings;

function spellingKey(language: Language, script: Script): SpellingKey {
  if (language === 'kk') return script === 'Latn' ? 'kkLatn' : 'kk';
  return language;
}

const SUFFIXES: Record<SpellingKey, string> = { kk: KK_CYRL_SUFFIXES, kkLatn: KK_LATN_SUFFIXES, ru: RU_SUFFIXES, en: EN_SUFFIXES };

interface Matcher {
  pattern: RegExp;
  /** Lower-cased spelling → entry, for finding which entry a match is and where its stem ends. */
  stems: Array<{ stem: string; kind: 'actor' | 'place'; id: string }>;
}

const matchers = new Map<SpellingKey, Matcher>();

function matcherFor(key: SpellingKey): Matcher {
  const hit = matchers.get(key);
  if (hit) return hit;
  const stems = [
    ...ACTORS.flatMap((a) => a.spellings[key].map((stem) => ({ stem, kind: 'actor' as const, id: a.id }))),
    ...PLACES.flatMap((p) => p.spellings[key].map((stem) => ({ stem, kind: 'place' as const, id: p.id }))),
  ].sort((a, b) => b.stem.length - a.stem.length);
  // Abbreviations in capitals (ҚР, БҰҰ) take their suffix after a hyphen: АҚШ-тың, БҰҰ-ға.
  const pattern = new RegExp(inflected(stems.map((s) => s.stem), `-?${SUFFIXES[key]}`), 'giu');
  const m: Matcher = { pattern, stems: stems.map((s) => ({ ...s, stem: s.stem.toLocaleLowerCase() })) };
  matchers.set(key, m);
  return m;
}

const collapseSpaces = (s: string) => s.replace(/\s+/g, ' ');

/** Every gazetteer entry named in `text[from, to)`, in text order, with its inflection. */
export function findEntities(text: string, from: number, to: number, language: Language, script: Script): EntityMention[] {
  const { pattern, stems } = matcherFor(spellingKey(language, script));
  const slice = text.slice(from, to);
  const found: EntityMention[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
    const word = collapseSpaces(m[0].toLocaleLowerCase());
    const entry = stems.find((s) => word.startsWith(s.stem));
    if (!entry) continue;
    found.push({
      kind: entry.kind,
      id: entry.id,
      start: from + m.index,
      end: from + m.index + m[0].length,
      suffix: word.slice(entry.stem.length).replace(/^-/, ''),
    });
  }
  return found;
}
