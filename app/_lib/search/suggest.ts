import type { CorpusView } from '@/lib/corpus/types';
import type { EventType } from '@/lib/events/types';
import { ACTORS, PLACES, actorById } from '@/lib/lang/gazetteer';
import { getDictionary, UI_LOCALES } from '@/app/_i18n/dictionary';
import type { UiLocale } from '@/app/_i18n/types';
import { foldText } from '@/lib/corpus/filter';
import { corpusFacetList } from '@/app/_lib/corpus/event-query';
import { entityHref, type EntityKind } from '@/app/_lib/entity/entities';
import { localHref } from '@/app/_lib/view/locale';
import { cachedJson } from '@/app/_lib/api/response-cache';

/** What a suggestion is: an entity with a page (person, country, place), or something the timeline filters by. */
export type SuggestionKind = EntityKind | 'body' | 'type';

/** One suggestion of `/api/suggest`, in the reader's language. */
export interface Suggestion {
  kind: SuggestionKind;
  id: string;
  label: string;
  /** The spelling the input matched, when it is not the label itself (`Тоқаев` for "Kassym-Jomart Tokayev"). */
  matched: string | null;
  /** Events of the corpus it has (as the timeline's filter for it counts them). */
  count: number;
  /** Where choosing it leads: the entity's page, or the timeline filtered to it. */
  href: string;
}

interface Entry {
  kind: SuggestionKind;
  id: string;
  labels: Record<UiLocale, string>;
  /** Every name and spelling, with its folded form. */
  spellings: { text: string; folded: string }[];
  count: number;
}

const indexes = new WeakMap<CorpusView, Entry[]>();
export const MAX_SUGGESTIONS = 8;
/** Below this length a spelling is not read as a stem the input inflects (`Тоқаевтың` → Тоқаев). */
const MIN_STEM = 4;

function add(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Every person, country, place, body and type the corpus has events of, with all their spellings; once per corpus. */
function indexOf(corpus: CorpusView): Entry[] {
  const known = indexes.get(corpus);
  if (known) return known;
  const counts = new Map<string, number>();
  const facets = new Map(corpusFacetList(corpus).map((f) => [f.id, f] as const));
  for (const e of corpus.events) {
    const f = facets.get(e.id);
    for (const p of f?.persons ?? []) add(counts, `person:${p}`);
    for (const c of f?.countries ?? []) add(counts, `country:${c}`);
    if (e.placeId) add(counts, `place:${e.placeId}`);
    const bodies = new Set([
      ...(e.bodyId ? [e.bodyId] : []),
      ...e.participants.map((p) => p.actorId).filter((id) => actorById(id)?.kind === 'body'),
    ]);
    for (const b of bodies) add(counts, `body:${b}`);
    add(counts, `type:${e.type}`);
  }
  const spellings = (xs: Iterable<string>) =>
    [...new Set(xs)].map((text) => ({ text, folded: foldText(text).trim() })).filter((s) => s.folded !== '');
  const entries: Entry[] = [];
  for (const a of ACTORS) {
    const count = counts.get(`${a.kind}:${a.id}`) ?? 0;
    if (count === 0) continue;
    entries.push({
      kind: a.kind,
      id: a.id,
      labels: a.names,
      spellings: spellings([...Object.values(a.names), ...Object.values(a.spellings).flat()]),
      count,
    });
  }
  for (const p of PLACES) {
    const count = counts.get(`place:${p.id}`) ?? 0;
    if (count > 0)
      entries.push({
        kind: 'place',
        id: p.id,
        labels: p.names,
        spellings: spellings([...Object.values(p.names), ...Object.values(p.spellings).flat()]),
        count,
      });
  }
  const dictionaries = UI_LOCALES.map((l) => getDictionary(l));
  for (const [key, count] of counts) {
    if (!key.startsWith('type:')) continue;
    const type = key.slice(5) as EventType;
    const labels = Object.fromEntries(dictionaries.map((d) => [d.locale, d.eventTypes[type]])) as Record<
      UiLocale,
      string
    >;
    entries.push({ kind: 'type', id: type, labels, spellings: spellings(Object.values(labels)), count });
  }
  indexes.set(corpus, entries);
  return entries;
}

/**
 * How well the folded input matches a folded spelling, lower is better, or null: the spelling begins with it (0),
 * a word of it does (1), it holds it (2), or the input is the spelling inflected (`Тоқаевтың`, `Токаева`: 3).
 */
function closeness(input: string, spelling: string): number | null {
  if (spelling.startsWith(input)) return 0;
  if (spelling.split(/[\s-]+/u).some((w) => w.startsWith(input))) return 1;
  if (spelling.includes(input)) return 2;
  if (spelling.length >= MIN_STEM && input.startsWith(spelling)) return 3;
  return null;
}

/** Where choosing a suggestion leads, keeping the reader's language. */
function hrefOf(e: Entry, lang: UiLocale): string {
  if (e.kind === 'type') return localHref('/', lang, { type: e.id });
  if (e.kind === 'body') return localHref('/', lang, { q: e.labels[lang] });
  return entityHref(e.kind, e.id, lang);
}

/**
 * People, countries, places, bodies and event types whose any spelling (kk Cyrillic or Latin, ru, en, with or
 * without diacritics) begins with, holds or inflects the input: the closest first, then those with more events.
 */
export function suggest(corpus: CorpusView, input: string, lang: UiLocale, limit = MAX_SUGGESTIONS): Suggestion[] {
  const q = foldText(input).trim();
  if (q === '') return [];
  const raw = input.trim().toLocaleLowerCase();
  const found: { entry: Entry; close: number; matched: string }[] = [];
  for (const entry of indexOf(corpus)) {
    const label = entry.labels[lang];
    // Among spellings that match as closely, the label itself, then one written as typed (`Токаев`, not `Тоқаев`).
    const preference = (text: string) => (text === label ? 0 : text.toLocaleLowerCase().includes(raw) ? 1 : 2);
    let best: { close: number; matched: string } | null = null;
    for (const s of entry.spellings) {
      const close = closeness(q, s.folded);
      if (close === null) continue;
      if (
        best === null ||
        close < best.close ||
        (close === best.close && preference(s.text) < preference(best.matched))
      )
        best = { close, matched: s.text };
    }
    if (best) found.push({ entry, ...best });
  }
  found.sort(
    (a, b) =>
      a.close - b.close ||
      b.entry.count - a.entry.count ||
      a.entry.labels[lang].localeCompare(b.entry.labels[lang], lang),
  );
  return found.slice(0, limit).map(({ entry, matched }) => ({
    kind: entry.kind,
    id: entry.id,
    label: entry.labels[lang],
    matched: matched === entry.labels[lang] ? null : matched,
    count: entry.count,
    href: hrefOf(entry, lang),
  }));
}

/**
 * The answer of `/api/suggest` as UTF-8 JSON, kept per corpus beside its index (not among the corpus's cached event
 * windows: a reader typing asks for many prefixes, which must not push those out).
 */
export function suggestionsJson(corpus: CorpusView, q: string, lang: UiLocale): Uint8Array<ArrayBuffer> {
  return cachedJson(indexOf(corpus), `${lang}|${q}`, () => ({ q, suggestions: suggest(corpus, q, lang) }));
}
