import type { Language, Script } from '../../model';
import { EN_SUFFIXES } from '../en/morphology';
import { KK_CYRL_SUFFIXES, KK_LATN_SUFFIXES, WORD_END, WORD_START, escapeRegExp } from '../kk/morphology';
import { RU_SUFFIXES } from '../ru/morphology';
import { UZ_SUFFIXES } from '../uz/morphology';
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

// Russian: a stem whose final ь/й was dropped (Казан-, Кита-) may take it back, and the instrumental -ью (Беларусью).
const SUFFIXES: Record<SpellingKey, string> = {
  kk: KK_CYRL_SUFFIXES,
  kkLatn: KK_LATN_SUFFIXES,
  ru: `(?:ью|ь|й|${RU_SUFFIXES})`,
  en: EN_SUFFIXES,
  uz: UZ_SUFFIXES,
};

// ---------------------------------------------------------------------------------------------------------------
// Folding. The text is matched in a folded copy, one character for one (so offsets stay): lower case; ё as е;
// Latin and Cyrillic look-alikes as the script's own letter (`C5+1` typed with a Cyrillic С, `ХІV` for XIV, Latin
// `i` for Kazakh `і`; ı as i in Latin); one apostrophe, one quotation mark, one dash (a hyphen, a dash and a plus
// join names alike); every white space a space. Spellings fold the same way into keys. The pattern then needs no
// case-insensitive flag, which keeps it quick to compile and to run; whether a name is written with its capital is
// read from the original.

type Alphabet = 'Cyrl' | 'Latn';

const ALPHABET: Record<SpellingKey, Alphabet> = { kk: 'Cyrl', ru: 'Cyrl', kkLatn: 'Latn', en: 'Latn', uz: 'Latn' };

const PUNCTUATION: Record<string, string> = {
  '’': "'",
  ʼ: "'",
  ʻ: "'",
  '‘': "'",
  '`': "'",
  '«': '"',
  '»': '"',
  '“': '"',
  '”': '"',
  '„': '"',
  '‐': '-',
  '‑': '-',
  '–': '-',
  '—': '-',
};

const FOLD: Record<Alphabet, Record<string, string>> = {
  Cyrl: { ...PUNCTUATION, ё: 'е', a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', i: 'і', ı: 'і' },
  Latn: { ...PUNCTUATION, ё: 'e', а: 'a', с: 'c', е: 'e', о: 'o', р: 'p', х: 'x', і: 'i', ı: 'i' },
};

// The look-alikes and punctuation to replace (rare: one pass that seldom calls back), apart from the ones that are
// everywhere in their script (Kazakh Latin ı), which a plain replaceAll handles; and white space other than a space.
const FOLDED: Record<Alphabet, RegExp> = {
  Cyrl: /[’ʼʻ‘`«»“”„‐‑–—ёaceopxiı]|[^\S ]/gu,
  Latn: /[’ʼʻ‘`«»“”„‐‑–—ёасеорхі]|[^\S ]/gu,
};

function lowerCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  // A letter whose lower case is longer (İ → i̇) stays as it is, so that offsets still hold.
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

function fold(text: string, alphabet: Alphabet): string {
  const map = FOLD[alphabet];
  const out = lowerCase(text).replace(FOLDED[alphabet], (ch) => map[ch] ?? ' ');
  return alphabet === 'Latn' ? out.replaceAll('ı', 'i') : out;
}

/** The folded text of the article last read: the extractor asks about one sentence of it after another. */
let lastFolded: { text: string; alphabet: Alphabet; folded: string } | null = null;

function foldedText(text: string, alphabet: Alphabet): string {
  if (lastFolded?.text !== text || lastFolded.alphabet !== alphabet)
    lastFolded = { text, alphabet, folded: fold(text, alphabet) };
  return lastFolded.folded;
}

/**
 * The key of folded text: spaces made canonical, and a plus joining names (`C5+1`, `Орталық Азия + Жапония`) read
 * as a dash. The plus stays a plus in the text, so that a suffix's hyphen (`АҚШ-тың`) never takes it.
 */
function keyOfFolded(folded: string): string {
  if (!/[ +]/u.test(folded)) return folded;
  return folded.replace(/\+/g, '-').replace(/ +/g, ' ').replace(/ ?- ?/g, '-');
}

/** The key of a spelling. */
function keyOf(text: string, alphabet: Alphabet): string {
  return keyOfFolded(fold(text, alphabet).trim());
}

/**
 * In a Russian full name the first name declines too (Бориса Джонсона, Шарля Мишеля, Каи Каллас): its stem is
 * followed by this mark, which the pattern reads as any of the first name's endings.
 */
const FIRST_NAME_ENDING = '\u0001';

/** The pattern for one key character. */
const TOKEN: Record<string, string> = { '-': ' *[-+] *', ' ': ' +', [FIRST_NAME_ENDING]: '[а-я]{0,2}' };

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
// Russian stems. A name is written once, in the nominative. A final а/я is left to the endings (Анкар|а, Анкар|е);
// a final ь/й is too (Казан|и, Кита|я), but the whole word stays a stem as well, so that `в Казань`, `в Китай` keep
// their empty ending ("to"). In a person's full name the first name declines too (Бориса Джонсона).

function ruStems(spelling: string, person: boolean): string[] {
  const full = person ? /^(\p{Lu}\p{Ll}{2,})(\s.+)$/u.exec(spelling) : null;
  const first = full?.[1];
  const stem = first && full[2] ? first.replace(/[аяйь]$/u, '') + FIRST_NAME_ENDING + full[2] : spelling;
  // A hyphenated name declines as one word (`Чолпон-Ате`, `Алма-Ате`).
  const last = /[\p{L}-]+$/u.exec(stem)?.[0];
  if (!last || last.length < 4 || last === last.toUpperCase()) return [stem];
  if (/[ая]$/u.test(last)) return [stem.slice(0, -1)];
  if (/[ьй]$/u.test(last)) return [stem, stem.slice(0, -1)];
  return [stem];
}

// ---------------------------------------------------------------------------------------------------------------
// "The capital of X". The capital word is matched on its own, as one more alternative of the one pattern, and joined
// to the country named right before it (`Әзербайжан астанасында`, `Azerbaijan's capital`, `the Azerbaijani capital`)
// or right after it (`в столице Азербайджана`, `the capital of Azerbaijan`); `в азербайджанской столице` is one
// alternative of its own.

// `Kazakhstan's capital market` is money, not a city.
const EN_NOT_CITY =
  '(?!\\s+(?:markets?|investments?|flows?|inflows?|outflows?|expenditures?|spending|goods|gains?|stock|account|adequacy|requirements?|punishment|letters?|injections?|construction|repairs?|formation)(?![\\p{L}]))';

function capitalWords(key: SpellingKey, adjectives: string): string[] {
  switch (key) {
    case 'kk':
      return ['(?:астана|елорда)(?<after>с[ыі](?:н[дт][ае](?:[ғг][ыі])?|н[ае]н|н[ае]|н[ыі]ң|н|м[ае]н)?)'];
    case 'kkLatn':
      return ['(?:astana|elorda)(?<after>s[yi](?:n[dt][ae](?:[ğg][yi])?|n[ae]n|n[ae]|n[yi]ñ|n|m[ae]n)?)'];
    case 'ru':
      return [
        `столиц(?<before>ей|а|ы|е|у)`,
        ...(adjectives ? [`(?<adj>${adjectives})(?:ая|ой|ую|ей)\\s+столиц(?<adjcase>ей|а|ы|е|у)`] : []),
      ];
    case 'en':
      return [
        `the\\s+capital(?:\\s+city)?\\s+of(?:\\s+the)?(?<before>)`,
        `capital(?:\\s+city)?${EN_NOT_CITY}(?<after>)`,
      ];
    case 'uz':
      return [];
  }
}

/** Whether a country mention with this suffix can be "the capital's" country: `Әзербайжан`, `Әзербайжанның`, `Azerbaijan's`. */
function ownsCapital(key: SpellingKey, suffix: string, original: string, start: number): boolean {
  switch (key) {
    case 'kk':
      return /^(?:[дтн][ыі]ң)?$/u.test(suffix);
    case 'kkLatn':
      return /^(?:[dtn][yıi]ñ)?$/u.test(suffix);
    case 'en':
      // `Azerbaijan's capital`, or `the Azerbaijani capital`.
      return (
        /^['’]s$/u.test(suffix) ||
        (suffix === '' && /(?:^|[^\p{L}])the\s+$/iu.test(original.slice(Math.max(0, start - 8), start)))
      );
    case 'ru':
      return true;
    case 'uz':
      return /^(?:ning)?$/u.test(suffix);
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
  key: SpellingKey;
  alphabet: Alphabet;
  /** Every name of the language and the words for "capital": one pattern, built once, run on folded text. */
  pattern: RegExp;
  /** Country names only: the countries inside a body's name (`Қазақстан мен Қырғызстан Жоғары … кеңесі`). */
  countryPattern: RegExp;
  stems: Map<string, Stem>;
  countries: Map<string, ActorEntry>;
  adjectives: Map<string, ActorEntry>;
}

const matchers = new Map<SpellingKey, Matcher>();

/**
 * V8 stops optimising a regular expression whose source is 20 KB or longer (`kRegExpTooLargeToOptimize`), and
 * matching then gets 4–5 times slower. The tests keep every language's pattern under it; see `patternStats`.
 */
export const PATTERN_SOURCE_LIMIT = 20 * 1024;

/** The size of a language's pattern (its source length, against `PATTERN_SOURCE_LIMIT`) and its number of stems. */
export function patternStats(language: Language, script: Script): { sourceLength: number; stems: number } {
  const m = matcherFor(spellingKey(language, script));
  return { sourceLength: m.pattern.source.length, stems: m.stems.size };
}

function matcherFor(key: SpellingKey): Matcher {
  const hit = matchers.get(key);
  if (hit) return hit;
  const alphabet = ALPHABET[key];
  const stems = new Map<string, Stem>();
  const countries = new Map<string, ActorEntry>();
  const add = (spelling: string, e: Entry) => {
    const k = keyOf(spelling, alphabet);
    if (k === '') return;
    let stem = stems.get(k);
    if (!stem) stems.set(k, (stem = { entries: [], anyCase: false }));
    if (!stem.entries.some((x) => x.entry === e.entry)) stem.entries.push(e);
    if (/^[^\p{L}]*\p{Ll}/u.test(spelling)) stem.anyCase = true;
    if (e.kind === 'actor' && (e.entry as ActorEntry).kind === 'country') countries.set(k, e.entry as ActorEntry);
  };
  const forms = (spelling: string, person: boolean) => (key === 'ru' ? ruStems(spelling, person) : [spelling]);
  for (const a of ACTORS)
    for (const s of a.spellings[key] ?? [])
      for (const f of forms(s, a.kind === 'person')) add(f, { kind: 'actor', entry: a });
  for (const p of PLACES)
    for (const s of p.spellings[key] ?? []) for (const f of forms(s, false)) add(f, { kind: 'place', entry: p });

  const adjectives = new Map<string, ActorEntry>();
  if (key === 'ru')
    for (const c of COUNTRIES) for (const adj of c.ruAdjectives ?? []) adjectives.set(keyOf(adj, alphabet), c);

  // Latin text is folded with ı as i: the Kazakh Latin endings are read the same way.
  const suffix = alphabet === 'Latn' ? SUFFIXES[key].replace(/ı/g, 'i') : SUFFIXES[key];
  const alternatives = [
    ...capitalWords(key, adjectives.size > 0 ? trieSource(adjectives.keys()) : ''),
    `(?<n>${trieSource(stems.keys())})(?<s>-?${suffix})`,
  ];
  const m: Matcher = {
    key,
    alphabet,
    pattern: new RegExp(`${WORD_START}(?:${alternatives.join('|')})${WORD_END}`, 'gu'),
    countryPattern: new RegExp(`${WORD_START}(?<c>${trieSource(countries.keys())})(?<cs>-?${suffix})${WORD_END}`, 'gu'),
    stems,
    countries,
    adjectives,
  };
  matchers.set(key, m);
  return m;
}

/** The entries a matched stem names; a Russian full name is looked up with its first name's ending taken off. */
function stemOf(m: Matcher, text: string): Stem | undefined {
  const k = keyOfFolded(text);
  const hit = m.stems.get(k);
  if (hit || m.key !== 'ru') return hit;
  const space = k.indexOf(' ');
  if (space < 0) return undefined;
  for (let cut = 0; cut <= 2 && cut < space; cut++) {
    const marked = m.stems.get(k.slice(0, space - cut) + FIRST_NAME_ENDING + k.slice(space));
    if (marked) return marked;
  }
  return undefined;
}

/** A name is a proper noun: its first letter is a capital (or it is all capitals, or has no case at all). */
function properCase(s: string): boolean {
  for (const ch of s) {
    const lower = ch.toLowerCase();
    if (lower !== ch.toUpperCase()) return ch !== lower;
  }
  return true;
}

/** The original text of a suffix that ends at `end` (folding turned ı into i), without the hyphen of `АҚШ-тың`. */
function suffixAt(original: string, end: number, folded: string | undefined): string {
  if (!folded) return '';
  const suffix = original.slice(end - folded.length, end).toLowerCase();
  return suffix.startsWith('-') ? suffix.slice(1) : suffix;
}

/** A country just named: a capital word right after it may be its capital. */
interface Named {
  country: ActorEntry;
  start: number;
  end: number;
  suffix: string;
}

/** Every gazetteer entry named in `text[from, to)`, in text order, with its inflection. */
export function findEntities(
  text: string,
  from: number,
  to: number,
  language: Language,
  script: Script,
): EntityMention[] {
  const m = matcherFor(spellingKey(language, script));
  const original = text.slice(from, to);
  const folded = foldedText(text, m.alphabet).slice(from, to);
  const found: EntityMention[] = [];
  const adjacent = (end: number, start: number) => end < start && /^\s+$/u.test(folded.slice(end, start));
  let previous: Named | null = null;
  let pending: { start: number; end: number; suffix: string } | null = null;
  const { pattern } = m;
  pattern.lastIndex = 0;
  for (let x = pattern.exec(folded); x; x = pattern.exec(folded)) {
    const g = x.groups ?? {};
    const at = x.index;
    const end = at + x[0].length;
    const capitalBefore = pending;
    pending = null;
    if (g.n === undefined) {
      const named = previous;
      previous = null;
      if (g.after !== undefined) {
        // `Әзербайжан астанасында` (the case after the possessive сы: на), `Azerbaijan's capital`, `the … capital`.
        if (
          named &&
          adjacent(named.end, at) &&
          named.country.capital &&
          ownsCapital(m.key, named.suffix, original, named.start)
        ) {
          const start =
            m.key === 'en' && named.suffix === ''
              ? named.start - (/the\s+$/iu.exec(original.slice(0, named.start))?.[0].length ?? 0)
              : named.start;
          found.push({
            kind: 'place',
            id: named.country.capital,
            start: from + start,
            end: from + end,
            suffix: suffixAt(original, end, g.after).replace(/^(?:с[ыі]|s[yıi])/u, ''),
          });
        }
      } else if (g.before !== undefined) {
        pending = { start: at, end, suffix: g.before };
      } else if (g.adj !== undefined) {
        const c = m.adjectives.get(keyOfFolded(g.adj));
        if (c?.capital)
          found.push({ kind: 'place', id: c.capital, start: from + at, end: from + end, suffix: g.adjcase ?? '' });
      }
      continue;
    }
    previous = null;
    const stem = stemOf(m, g.n);
    if (!stem || !(stem.anyCase || properCase(original.slice(at, at + g.n.length)))) continue;
    const suffix = suffixAt(original, end, g.s);
    for (const { kind, entry } of stem.entries) {
      found.push({ kind, id: entry.id, start: from + at, end: from + end, suffix });
      if (kind !== 'actor') continue;
      const actor = entry as ActorEntry;
      if (actor.kind === 'body') found.push(...insideBody(m, actor, original, folded, at, end, from));
      if (actor.kind !== 'country') continue;
      previous = { country: actor, start: at, end, suffix };
      // `в столице Азербайджана`, `the capital of Azerbaijan`.
      if (capitalBefore && adjacent(capitalBefore.end, at) && actor.capital) {
        found.push({
          kind: 'place',
          id: actor.capital,
          start: from + capitalBefore.start,
          end: from + end,
          suffix: capitalBefore.suffix,
        });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The place a body's name carries (its seat) and the countries it names (`Қазақстан мен Қырғызстан … кеңесі`). */
function insideBody(
  m: Matcher,
  body: ActorEntry,
  original: string,
  folded: string,
  start: number,
  end: number,
  from: number,
): EntityMention[] {
  const out: EntityMention[] = [];
  if (body.seat) out.push({ kind: 'place', id: body.seat, start: from + start, end: from + end, suffix: '' });
  const name = folded.slice(start, end);
  if (!/[ +-]/u.test(name)) return out;
  const cp = m.countryPattern;
  cp.lastIndex = 0;
  for (let y = cp.exec(name); y; y = cp.exec(name)) {
    const c = y.groups?.c ?? '';
    const country = m.countries.get(keyOfFolded(c));
    const at = start + y.index;
    if (!country || y[0].length === name.length || !properCase(original.slice(at, at + c.length))) continue;
    out.push({
      kind: 'actor',
      id: country.id,
      start: from + at,
      end: from + at + y[0].length,
      suffix: suffixAt(original, at + y[0].length, y.groups?.cs),
    });
  }
  return out;
}
