import type { Language, Script } from '../../article/types';
import { EN_SUFFIXES } from '../en/morphology';
import { KK_CYRL_SUFFIXES, KK_LATN_SUFFIXES, WORD_END, WORD_START, escapeRegExp } from '../kk/morphology';
import { RU_SUFFIXES } from '../ru/morphology';
import { BODIES } from './bodies';
import { COUNTRIES } from './countries';
import { PEOPLE } from './people';
import { PLACES } from './places';
import type { ActorEntry, PlaceEntry, Spellings } from './types';

export type { ActorEntry, PlaceEntry, Term } from './types';

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

interface HeadTerm {
  person: ActorEntry;
  from: string;
  to: string | undefined;
}

const headTerms = new Map<string, HeadTerm[]>();
for (const person of PEOPLE) {
  for (const t of person.terms ?? []) {
    if (t.role !== 'head-of-state') continue;
    const list = headTerms.get(t.country) ?? [];
    list.push({ person, from: t.from, to: t.to });
    headTerms.set(t.country, list);
  }
}

/**
 * The person who is head of state of `country`, if the gazetteer knows them: today's without a date; with an ISO
 * date (or a longer EDTF value starting with one), the one whose term covers it. On the day power passes both terms
 * cover it and the one that begins that day wins.
 */
export function headOfState(country: string, onDate?: string): ActorEntry | undefined {
  if (onDate === undefined) return PEOPLE.find((p) => p.headOfState === country);
  const day = onDate.slice(0, 10);
  let best: HeadTerm | undefined;
  for (const t of headTerms.get(country) ?? []) {
    if (t.from > day || (t.to !== undefined && t.to < day)) continue;
    if (!best || t.from > best.from) best = t;
  }
  return best?.person;
}

export interface EntityMention {
  kind: 'actor' | 'place';
  id: string;
  start: number;
  end: number;
  /**
   * What follows the stem: the case and possessive endings, lower case (`ке`, `тың`, `ымен`). For "the capital of
   * X" it is the case ending of the capital word: `астанасына` → `на`, `в столице` → `е`.
   */
  suffix: string;
}

type SpellingKey = keyof Spellings;

function spellingKey(language: Language, script: Script): SpellingKey {
  if (language === 'kk') return script === 'Latn' ? 'kkLatn' : 'kk';
  return language;
}

const SUFFIXES: Record<SpellingKey, string> = { kk: KK_CYRL_SUFFIXES, kkLatn: KK_LATN_SUFFIXES, ru: RU_SUFFIXES, en: EN_SUFFIXES };

// ---------------------------------------------------------------------------------------------------------------
// Keys. A spelling and the text it matches fold to one key: lower case; е/ё, Latin and Cyrillic look-alikes
// (a/а, c/с, e/е, o/о, p/р, x/х, i/і/ı: `C5+1` typed with a Cyrillic С, `ХІV` for XIV), apostrophes, quotes and
// dashes are one character each; a dash, a hyphen or a plus joins names with or without spaces around it.

const FOLD: Record<string, string> = {
  ё: 'e', е: 'e', а: 'a', о: 'o', р: 'p', с: 'c', х: 'x', і: 'i', ı: 'i',
  '’': "'", ʼ: "'", '‘': "'", '`': "'",
  '«': '"', '»': '"', '“': '"', '”': '"', '„': '"',
  '‐': '-', '‑': '-', '–': '-', '—': '-', '+': '-',
};

/** The pattern for one key character: everything that folds to it (the `i` flag adds the other case). */
const TOKEN: Record<string, string> = {
  e: '[eеё]', a: '[aа]', o: '[oо]', p: '[pр]', c: '[cс]', x: '[xх]', i: '[iıі]',
  "'": "['’ʼ‘`]", '"': '[«»"“”„]', '-': '\\s*[-‐‑–—+]\\s*', ' ': '\\s+',
};

function keyOf(text: string): string {
  let s = '';
  for (const ch of text.toLowerCase()) s += FOLD[ch] ?? ch;
  return s.replace(/\s+/g, ' ').replace(/ ?- ?/g, '-').trim();
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * One pattern for a set of keys, as a trie (`Ташкент`, `Тараз`, `Тбилиси` share `т`): the text is read once per
 * position instead of once per spelling. Longer keys are tried first, like a longest-first alternation.
 */
function trieSource(keys: Iterable<string>): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const k of keys) {
    let node = root;
    for (const ch of k) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const alternatives = [...node.next].map(([ch, child]) => (TOKEN[ch] ?? escapeRegExp(ch)) + emit(child));
    if (alternatives.length === 0) return '';
    const body = alternatives.length === 1 ? (alternatives[0] ?? '') : `(?:${alternatives.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  return emit(root);
}

// ---------------------------------------------------------------------------------------------------------------
// Russian stems. A name is written once, in the nominative; Russian also needs the stem without a final а/я/ь/й
// (Анкара → Анкар-е, Казань → Казан-и, Китай → Кита-я) and, in a person's full name, the declined first name
// (Бориса Джонсона, Шарля Мишеля, Каи Каллас).

function ruTruncated(stem: string): string | null {
  const last = /\p{L}+$/u.exec(stem)?.[0];
  if (!last || last.length < 4 || last === last.toUpperCase()) return null;
  return /[аяьй]$/u.test(last) ? stem.slice(0, -1) : null;
}

function ruFirstNameForms(first: string): string[] {
  const base = first.slice(0, -1);
  const endings: Record<string, string[]> = { й: ['я', 'ю', 'ем', 'е'], ь: ['я', 'ю', 'ем', 'е', 'и'], а: ['ы', 'и', 'е', 'у', 'ой', 'ей'], я: ['и', 'е', 'ю', 'ей'] };
  const last = first.slice(-1);
  const forms = endings[last];
  if (forms) return forms.map((e) => base + e);
  if (/[аеёиоуыэюя]/u.test(last)) return [];
  return ['а', 'у', 'ом', 'ем', 'е'].map((e) => first + e);
}

function ruStems(spelling: string, person: boolean): string[] {
  const out = [spelling];
  const full = person ? /^(\p{Lu}\p{Ll}{2,})(\s.+)$/u.exec(spelling) : null;
  if (full?.[1] && full[2]) for (const f of ruFirstNameForms(full[1])) out.push(f + full[2]);
  for (const s of [...out]) {
    const t = ruTruncated(s);
    if (t) out.push(t);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// "The capital of X": `Әзербайжан астанасында`, `в столице Азербайджана`, `в азербайджанской столице`,
// `Azerbaijan's capital`, `the Azerbaijani capital`, `the capital of Azerbaijan`.

// `Kazakhstan's capital market` is money, not a city.
const EN_NOT_CITY = "(?!\\s+(?:markets?|investments?|flows?|inflows?|outflows?|expenditures?|spending|goods|gains?|stock|account|adequacy|requirements?|punishment|letters?|injections?|construction|repairs?|formation)\\b)";

function capitalPatterns(key: SpellingKey, countries: string, adjectives: string): string[] {
  switch (key) {
    case 'kk':
      return [
        `(?<kc>${countries})(?<kcs>-?(?:[дтн][ыі]ң)?)\\s+(?:астана|елорда)(?<ks>с[ыі](?:н[дт][ае](?:[ғг][ыі])?|н[ае]н|н[ае]|н[ыі]ң|н|м[ае]н)?)`,
      ];
    case 'kkLatn':
      return [
        `(?<kc>${countries})(?<kcs>-?(?:[dtn][yı]ñ)?)\\s+(?:astana|elorda)(?<ks>s[yı](?:n[dt][ae](?:[ğg][yı])?|n[ae]n|n[ae]|n[yı]ñ|n|m[ae]n)?)`,
      ];
    case 'ru':
      return [
        `столиц(?<rs>ей|а|ы|е|у)\\s+(?<rc>${countries})(?<rcs>${RU_SUFFIXES})`,
        ...(adjectives ? [`(?<ra>${adjectives})(?:ая|ой|ую|ей)\\s+столиц(?<rs2>ей|а|ы|е|у)`] : []),
      ];
    case 'en':
      return [
        `(?<ec>${countries})(?<ecs>['’]s)\\s+capital(?:\\s+city)?${EN_NOT_CITY}`,
        `the\\s+(?<ed>${countries})\\s+capital(?:\\s+city)?${EN_NOT_CITY}`,
        `the\\s+capital(?:\\s+city)?\\s+of\\s+(?:the\\s+)?(?<eo>${countries})`,
      ];
  }
}

// ---------------------------------------------------------------------------------------------------------------

interface Entry {
  kind: 'actor' | 'place';
  entry: ActorEntry | PlaceEntry;
}

interface Stem {
  entries: Entry[];
  /** A spelling written in lower case (`фон дер Ляйен`) matches in any case; a name needs its capital letter. */
  anyCase: boolean;
}

interface Matcher {
  /** Every name and every "capital of" phrase of the language: one pattern, built once. */
  pattern: RegExp;
  /** Country names only: the countries inside a body's name (`Қазақстан мен Қырғызстан Жоғары … кеңесі`). */
  countryPattern: RegExp;
  stems: Map<string, Stem>;
  countries: Map<string, ActorEntry>;
  adjectives: Map<string, ActorEntry>;
}

const matchers = new Map<SpellingKey, Matcher>();

function matcherFor(key: SpellingKey): Matcher {
  const hit = matchers.get(key);
  if (hit) return hit;
  const stems = new Map<string, Stem>();
  const countries = new Map<string, ActorEntry>();
  const add = (spelling: string, e: Entry) => {
    const k = keyOf(spelling);
    if (k === '') return;
    let stem = stems.get(k);
    if (!stem) stems.set(k, (stem = { entries: [], anyCase: false }));
    if (!stem.entries.some((x) => x.entry === e.entry)) stem.entries.push(e);
    if (/^[^\p{L}]*\p{Ll}/u.test(spelling)) stem.anyCase = true;
    if (e.kind === 'actor' && (e.entry as ActorEntry).kind === 'country') countries.set(k, e.entry as ActorEntry);
  };
  const forms = (spelling: string, person: boolean) => (key === 'ru' ? ruStems(spelling, person) : [spelling]);
  for (const a of ACTORS) for (const s of a.spellings[key]) for (const f of forms(s, a.kind === 'person')) add(f, { kind: 'actor', entry: a });
  for (const p of PLACES) for (const s of p.spellings[key]) for (const f of forms(s, false)) add(f, { kind: 'place', entry: p });

  const adjectives = new Map<string, ActorEntry>();
  if (key === 'ru') for (const c of COUNTRIES) for (const adj of c.ruAdjectives ?? []) adjectives.set(keyOf(adj), c);

  const suffix = SUFFIXES[key];
  const countryTrie = trieSource(countries.keys());
  const alternatives = [
    ...capitalPatterns(key, countryTrie, adjectives.size > 0 ? trieSource(adjectives.keys()) : ''),
    `(?<n>${trieSource(stems.keys())})(?<s>-?${suffix})`,
  ];
  const m: Matcher = {
    pattern: new RegExp(`${WORD_START}(?:${alternatives.join('|')})${WORD_END}`, 'giu'),
    countryPattern: new RegExp(`${WORD_START}(?<c>${countryTrie})(?<cs>-?${suffix})${WORD_END}`, 'giu'),
    stems,
    countries,
    adjectives,
  };
  matchers.set(key, m);
  return m;
}

/** A name is a proper noun: its first letter is a capital (or it is all capitals, or has no case at all). */
function properCase(s: string): boolean {
  const first = /\p{L}/u.exec(s)?.[0];
  return first === undefined || first !== first.toLowerCase() || s === s.toUpperCase();
}

const ending = (s: string | undefined) => (s ?? '').toLocaleLowerCase().replace(/^-/, '');

/** Every gazetteer entry named in `text[from, to)`, in text order, with its inflection. */
export function findEntities(text: string, from: number, to: number, language: Language, script: Script): EntityMention[] {
  const m = matcherFor(spellingKey(language, script));
  const slice = text.slice(from, to);
  const found: EntityMention[] = [];
  const { pattern } = m;
  pattern.lastIndex = 0;
  for (let x = pattern.exec(slice); x; x = pattern.exec(slice)) {
    const g = x.groups ?? {};
    const start = from + x.index;
    const end = start + x[0].length;
    if (g.n !== undefined) {
      const stem = m.stems.get(keyOf(g.n));
      if (!stem || !(stem.anyCase || properCase(g.n))) continue;
      for (const { kind, entry } of stem.entries) {
        found.push({ kind, id: entry.id, start, end, suffix: ending(g.s) });
        if (kind === 'actor') found.push(...insideBody(m, entry as ActorEntry, g.n, start));
      }
      continue;
    }
    found.push(...capitalOf(m, g, x[0], start, end));
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The place a body's name carries (its seat) and the countries it names (`Қазақстан мен Қырғызстан … кеңесі`). */
function insideBody(m: Matcher, body: ActorEntry, name: string, start: number): EntityMention[] {
  if (body.kind !== 'body') return [];
  const out: EntityMention[] = [];
  if (body.seat) out.push({ kind: 'place', id: body.seat, start, end: start + name.length, suffix: '' });
  if (!/[\s\-–—+]/u.test(name)) return out;
  const cp = m.countryPattern;
  cp.lastIndex = 0;
  for (let y = cp.exec(name); y; y = cp.exec(name)) {
    const c = y.groups?.c ?? '';
    const country = m.countries.get(keyOf(c));
    if (!country || !properCase(c) || y[0].length === name.length) continue;
    out.push({ kind: 'actor', id: country.id, start: start + y.index, end: start + y.index + y[0].length, suffix: ending(y.groups?.cs) });
  }
  return out;
}

/** A "capital of X" match: the capital (the whole phrase) and the country named in it. */
function capitalOf(m: Matcher, g: Record<string, string | undefined>, whole: string, start: number, end: number): EntityMention[] {
  const place = (country: ActorEntry, suffix: string): EntityMention | null =>
    country.capital ? { kind: 'place', id: country.capital, start, end, suffix } : null;
  const countryAt = (country: ActorEntry, at: number, length: number, suffix: string): EntityMention => ({
    kind: 'actor', id: country.id, start: at, end: at + length, suffix,
  });
  const lookup = (name: string | undefined) => (name !== undefined && properCase(name) ? m.countries.get(keyOf(name)) : undefined);
  const out: Array<EntityMention | null> = [];
  if (g.kc !== undefined) {
    const c = lookup(g.kc);
    if (!c) return [];
    // `астанасына`: the possessive `сы` joins the capital to its country; what follows is the case.
    out.push(place(c, ending(g.ks).replace(/^(?:с[ыі]|s[yı])/u, '')), countryAt(c, start, g.kc.length + (g.kcs ?? '').length, ending(g.kcs)));
  } else if (g.rc !== undefined) {
    const c = lookup(g.rc);
    if (!c) return [];
    const length = g.rc.length + (g.rcs ?? '').length;
    out.push(place(c, ending(g.rs)), countryAt(c, end - length, length, ending(g.rcs)));
  } else if (g.ra !== undefined) {
    const c = m.adjectives.get(keyOf(g.ra));
    if (!c) return [];
    out.push(place(c, ending(g.rs2)));
  } else if (g.ec !== undefined) {
    const c = lookup(g.ec);
    if (!c) return [];
    out.push(place(c, ''), countryAt(c, start, g.ec.length + (g.ecs ?? '').length, ending(g.ecs)));
  } else if (g.ed !== undefined) {
    const c = lookup(g.ed);
    if (!c) return [];
    const at = start + (/^the\s+/iu.exec(whole)?.[0].length ?? 0);
    out.push(place(c, ''), countryAt(c, at, g.ed.length, ''));
  } else if (g.eo !== undefined) {
    const c = lookup(g.eo);
    if (!c) return [];
    out.push(place(c, ''), countryAt(c, end - g.eo.length, g.eo.length, ''));
  }
  return out.filter((e): e is EntityMention => e !== null);
}
