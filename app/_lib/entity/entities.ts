import type { CorpusEvent, CorpusView } from '@/lib/corpus/types';
import { actorById, placeById } from '@/lib/lang/gazetteer';
import type { Spellings } from '@/lib/lang/gazetteer/types';
import type { UiLocale } from '@/app/_i18n/types';
import { corpusFacetList } from '@/app/_lib/corpus/event-query';
import { sortedEvents } from '@/app/_lib/corpus/event-order';
import { localHref } from '@/app/_lib/view/locale';

/** The gazetteer entries that have a page of their own: /people/<id>, /countries/<id>, /places/<id>. */
export type EntityKind = 'person' | 'country' | 'place';

const PATHS: Record<EntityKind, string> = { person: '/people', country: '/countries', place: '/places' };
/** The timeline's filter for each kind (view/view-state.ts): `/?person=tokayev`. */
const FILTERS: Record<EntityKind, 'person' | 'country' | 'place'> = {
  person: 'person',
  country: 'country',
  place: 'place',
};

export interface Entity {
  kind: EntityKind;
  id: string;
  names: { kk: string; ru: string; en: string };
  spellings: Spellings;
}

/** The entry of a page's id, or undefined when the gazetteer has no such person, country or place. */
export function findEntity(kind: EntityKind, id: string): Entity | undefined {
  const entry = kind === 'place' ? placeById(id) : actorById(id);
  if (!entry) return undefined;
  if (kind !== 'place' && 'kind' in entry && entry.kind !== kind) return undefined;
  return { kind, id: entry.id, names: entry.names, spellings: entry.spellings };
}

export function entityHref(kind: EntityKind, id: string, lang: UiLocale): string {
  return localHref(`${PATHS[kind]}/${encodeURIComponent(id)}`, lang);
}

/** The main timeline filtered to the entity, as the filter bar would set it. */
export function entityTimelineHref(kind: EntityKind, id: string, lang: UiLocale): string {
  return localHref('/', lang, { [FILTERS[kind]]: id });
}

/** The page of a participant: people and countries have one, bodies do not. */
export function participantHref(actorId: string, lang: UiLocale): string | null {
  const kind = actorById(actorId)?.kind;
  return kind === 'person' || kind === 'country' ? entityHref(kind, actorId, lang) : null;
}

/**
 * The events of an entity in timeline order: exactly those the timeline's filter for it keeps (a country's are
 * those of its people and bodies too, as `?country=` counts them).
 */
export function entityEvents(corpus: CorpusView, entity: Entity): CorpusEvent[] {
  if (entity.kind === 'place') return sortedEvents(corpus.events.filter((e) => e.placeId === entity.id));
  const keep = new Set(
    corpusFacetList(corpus)
      .filter((f) => (entity.kind === 'person' ? f.persons : f.countries).includes(entity.id))
      .map((f) => f.id),
  );
  return sortedEvents(corpus.events.filter((e) => keep.has(e.id)));
}

/** Every other way the entity is written (the names in the other languages first), each with its language tag. */
export function otherSpellings(entity: Entity, lang: UiLocale): { text: string; lang: string }[] {
  const names = (['kk', 'ru', 'en'] as const)
    .filter((l) => l !== lang)
    .map((l) => ({ text: entity.names[l], lang: l }));
  // Russian spellings are stems (Москв-) and initials (К. Токаев) say nothing new: both are left out.
  const all = [
    ...names,
    ...entity.spellings.kk.map((text) => ({ text, lang: 'kk' })),
    ...entity.spellings.kkLatn.map((text) => ({ text, lang: 'kk-Latn' })),
    ...entity.spellings.en.map((text) => ({ text, lang: 'en' })),
  ].filter((s) => !s.text.includes('.'));
  const seen = new Set([entity.names[lang].toLocaleLowerCase()]);
  return all.filter((s) => {
    const key = s.text.toLocaleLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
