import { cyrillicToLatin } from '../kk/transliterate';
import type { ActorEntry, PlaceEntry, Spellings, Term } from './types';

/**
 * Helpers for writing the gazetteer's tables compactly. Kazakh is written once, in Cyrillic: its 2021 Latin
 * spellings are transliterated letter by letter (Тоқаев → Toqaev, Бішкек → Bışkek), keeping capitals, plus any
 * extra Latin forms given by hand (Mirziöev).
 */

/** Kazakh Cyrillic → 2021 Latin, keeping upper case where the Cyrillic had it (ШЫҰ → ŞYŪ, Қасым → Qasym). */
export function kkLatin(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLocaleLowerCase('kk');
    const t = cyrillicToLatin(lower);
    if (t === lower) {
      out += ch; // not a Cyrillic letter: Latin, digits, punctuation stay as they are
      continue;
    }
    out += ch !== lower && t !== '' ? t.charAt(0).toUpperCase() + t.slice(1) : t;
  }
  return out;
}

const unique = (xs: readonly string[]): string[] => [...new Set(xs)];

export interface SpellingInput {
  kk: readonly string[];
  ru: readonly string[];
  en: readonly string[];
  /** Latin forms that the letter-by-letter transliteration of `kk` does not give. */
  kkLatn?: readonly string[];
}

/** Spellings with the Kazakh Latin ones added by transliteration. */
export function spell(s: SpellingInput): Spellings {
  return {
    kk: unique(s.kk),
    kkLatn: unique([...(s.kkLatn ?? []), ...s.kk.map(kkLatin)]),
    ru: unique(s.ru),
    en: unique(s.en),
  };
}

type Names = { kk: string; ru: string; en: string };

/** Head of state, head of government, foreign minister: one term of office (`to` absent: in office at the end of 2025). */
export const hos = (country: string, from: string, to?: string): Term => ({
  role: 'head-of-state',
  country,
  from,
  ...(to ? { to } : {}),
});
export const hog = (country: string, from: string, to?: string): Term => ({
  role: 'head-of-government',
  country,
  from,
  ...(to ? { to } : {}),
});
export const fm = (country: string, from: string, to?: string): Term => ({
  role: 'foreign-minister',
  country,
  from,
  ...(to ? { to } : {}),
});

export interface PersonInput {
  id: string;
  country?: string;
  names: Names;
  /**
   * Spellings besides the full names (which are always spellings): surnames where they are unambiguous, other
   * transliterations. Russian stems are written in the nominative; the matcher adds the truncated stem
   * (Обама → Обам-) and the declined first name (Бориса Джонсона).
   */
  also?: Partial<SpellingInput>;
  terms?: readonly Term[];
  headOfState?: string;
  wikidata?: string;
}

export function person(p: PersonInput): ActorEntry {
  const a = p.also ?? {};
  return {
    id: p.id,
    kind: 'person',
    ...(p.country ? { country: p.country } : {}),
    ...(p.wikidata ? { wikidata: p.wikidata } : {}),
    ...(p.headOfState ? { headOfState: p.headOfState } : {}),
    names: p.names,
    spellings: spell({
      kk: [p.names.kk, ...(a.kk ?? [])],
      ru: [p.names.ru, ...(a.ru ?? [])],
      en: [p.names.en, ...(a.en ?? [])],
      kkLatn: a.kkLatn ?? [],
    }),
    terms: p.terms ?? [],
  };
}

export interface CountryInput {
  id: string;
  wikidata?: string;
  names: Names;
  also?: Partial<SpellingInput>;
  capital: string;
  ruAdjectives?: readonly string[];
}

export function country(c: CountryInput): ActorEntry {
  const a = c.also ?? {};
  return {
    id: c.id,
    kind: 'country',
    country: c.id,
    ...(c.wikidata ? { wikidata: c.wikidata } : {}),
    names: c.names,
    capital: c.capital,
    ...(c.ruAdjectives ? { ruAdjectives: c.ruAdjectives } : {}),
    spellings: spell({
      kk: [c.names.kk, ...(a.kk ?? [])],
      ru: [c.names.ru, ...(a.ru ?? [])],
      en: [c.names.en, ...(a.en ?? [])],
      kkLatn: a.kkLatn ?? [],
    }),
  };
}

export interface PlaceInput {
  id: string;
  kind?: 'city' | 'region';
  country?: string;
  wikidata?: string;
  names: Names;
  also?: Partial<SpellingInput>;
}

export function place(p: PlaceInput): PlaceEntry {
  const a = p.also ?? {};
  return {
    id: p.id,
    kind: p.kind ?? 'city',
    ...(p.country ? { country: p.country } : {}),
    ...(p.wikidata ? { wikidata: p.wikidata } : {}),
    names: p.names,
    spellings: spell({
      kk: [p.names.kk, ...(a.kk ?? [])],
      ru: [p.names.ru, ...(a.ru ?? [])],
      en: [p.names.en, ...(a.en ?? [])],
      kkLatn: a.kkLatn ?? [],
    }),
  };
}
