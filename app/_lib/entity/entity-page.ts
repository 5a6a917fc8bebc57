import 'server-only';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { fill, getDictionary } from '@/app/_i18n/dictionary';
import type { Dictionary } from '@/app/_i18n/types';
import { getCorpus } from '@/app/_lib/corpus';
import { entityEvents, entityHref, findEntity, type Entity, type EntityKind } from './entities';
import { eventView, type EventView } from '@/app/_lib/event/event-details';
import { localeFromSearch, type SearchParams } from '@/app/_lib/view/locale';
import { publicOrigin } from '@/app/_lib/security/origin';
import { decodeParam } from '@/app/_lib/api/route-param';

export interface EntityPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}

export interface EntityPageData {
  t: Dictionary;
  entity: Entity;
  events: EventView[];
  /** The public origin, for the absolute links of the page's structured data. */
  origin: string;
}

/** The entity a page names, and the reader's dictionary; an id the gazetteer does not know is a 404. */
async function readEntity(
  kind: EntityKind,
  { params, searchParams }: EntityPageProps,
): Promise<{ t: Dictionary; entity: Entity }> {
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const t = getDictionary(localeFromSearch(search));
  const entity = findEntity(kind, decodeParam(id));
  if (!entity) notFound();
  return { t, entity };
}

/** The entity of a page and its events in the reader's language. */
export async function loadEntityPage(kind: EntityKind, props: EntityPageProps): Promise<EntityPageData> {
  const { t, entity } = await readEntity(kind, props);
  const [corpus, origin] = await Promise.all([getCorpus(), publicOrigin()]);
  return { t, entity, events: entityEvents(corpus, entity).map((e) => eventView(corpus, e, t)), origin };
}

/** Title, description and link preview of an entity's page, in the reader's language. */
export async function entityMetadata(kind: EntityKind, props: EntityPageProps): Promise<Metadata> {
  // The name is all it needs: not the events' views, which the page itself builds.
  const { t, entity } = await readEntity(kind, props);
  const name = entity.names[t.locale];
  const description = fill(t.entity.description, { name, kind: t.filters.suggest.kinds[kind] });
  const url = entityHref(kind, entity.id, t.locale);
  return {
    title: name,
    description,
    alternates: { canonical: url },
    openGraph: { title: name, description, type: 'profile', url, siteName: t.app.name, locale: t.locale },
    twitter: { card: 'summary', title: name, description },
    metadataBase: new URL(await publicOrigin()),
  };
}
