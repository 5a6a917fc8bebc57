'use server';

import type { ReactNode } from 'react';
import { findEvent } from '@/lib/corpus/query';
import { DEFAULT_LOCALE, getDictionary, isUiLocale } from '@/app/_i18n/dictionary';
import { getCorpus } from '@/app/_lib/corpus';
import { eventView } from '@/app/_lib/event/event-details';
import { publicOrigin } from '@/app/_lib/security/origin';
import { EventDetails } from '@/app/_components/details/event-details';

/**
 * The details of one event, rendered on the server, for a timeline page that carries only one window of a large
 * corpus (a small one renders every panel up front). Null for an unknown id. The same component as the event
 * page's, so the evidence reads the same everywhere.
 */
export async function eventPanel(id: unknown, locale: unknown): Promise<ReactNode> {
  if (typeof id !== 'string' || id.length > 200) return null;
  const t = getDictionary(isUiLocale(locale) ? locale : DEFAULT_LOCALE);
  const corpus = await getCorpus();
  const event = findEvent(corpus, id);
  if (!event) return null;
  return (
    <EventDetails
      event={eventView(corpus, event, t)}
      t={t}
      headingLevel="h3"
      showPermalink
      origin={await publicOrigin()}
    />
  );
}
