import type { CorpusEvent } from '@/lib/corpus/types';
import { actorById, placeById } from '@/lib/lang/gazetteer';
import type { Spellings } from '@/lib/lang/gazetteer/types';
import { getDictionary, UI_LOCALES } from '@/app/_i18n/dictionary';
import { eventFacets, type EventFacets } from '@/lib/corpus/filter';

/**
 * What a search can find an event by besides its titles and sentences: every name and spelling (kk Cyrillic and
 * Latin, ru, en) of its participants, their countries, its place and its body, and its type in the three languages:
 * "Tokayev", "Токаев", "Toqaev" or "саммит" find it even when no sentence writes it that way.
 */
export function searchTerms(event: CorpusEvent): string[] {
  const terms = new Set<string>();
  const entry = (e: { names: { kk: string; ru: string; en: string }; spellings?: Spellings } | undefined) => {
    if (!e) return;
    for (const n of Object.values(e.names)) terms.add(n);
    for (const list of Object.values(e.spellings ?? {}) as Array<readonly string[]>) for (const s of list) terms.add(s);
  };
  const actors = [...event.participants.map((p) => p.actorId), ...(event.bodyId ? [event.bodyId] : [])];
  for (const id of actors) {
    const a = actorById(id);
    entry(a);
    if (a?.country && a.country !== id) entry(actorById(a.country));
  }
  if (event.placeId) entry(placeById(event.placeId));
  for (const locale of UI_LOCALES) terms.add(getDictionary(locale).eventTypes[event.type]);
  return [...terms];
}

/** The facets the server indexes (the database's `search` column, the window index): with the search terms. */
export function serverEventFacets(event: CorpusEvent): EventFacets {
  return eventFacets(event, (id) => actorById(id), searchTerms(event));
}
