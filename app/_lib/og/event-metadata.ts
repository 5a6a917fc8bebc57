import 'server-only';
import type { Metadata } from 'next';
import { fill } from '@/app/_i18n/dictionary';
import type { Dictionary } from '@/app/_i18n/types';
import { localHref } from '@/app/_lib/view/locale';
import type { EventView } from '@/app/_lib/event/event-details';

/** Open Graph wants a territory with the language. */
const OG_LOCALE = { kk: 'kk_KZ', ru: 'ru_RU', en: 'en_US' } as const;

export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** The event's preview card in the reader's language (app/events/[id]/opengraph-image/route.tsx). */
export function cardPath(id: string, t: Dictionary): string {
  // Always with ?lang=, even for the default language: the card's URL names its language, so caches keep them apart.
  return `/events/${encodeURIComponent(id)}/opengraph-image?lang=${t.locale}`;
}

/**
 * The preview tags of one event, in the reader's language: title, description, canonical link, Open Graph and
 * Twitter, with the event's card and its alt text. The same for `/events/<id>` and `/?event=<id>`.
 */
export function eventMetadata(view: EventView, description: string, t: Dictionary, origin: string): Metadata {
  const path = `/events/${encodeURIComponent(view.id)}`;
  const image = {
    url: cardPath(view.id, t),
    ...CARD_SIZE,
    alt: fill(t.event.cardAlt, { title: view.title, date: view.dateLabel }),
    type: 'image/png',
  };
  return {
    title: view.title,
    description,
    alternates: { canonical: localHref(path, t.locale) },
    openGraph: {
      title: view.title,
      description,
      type: 'article',
      url: localHref(path, t.locale),
      siteName: t.app.name,
      locale: OG_LOCALE[t.locale],
      images: [image],
    },
    twitter: { card: 'summary_large_image', title: view.title, description, images: [image] },
    metadataBase: new URL(origin),
  };
}
