import { notFound } from 'next/navigation';
import { ImageResponse } from 'next/og';
import { findEvent } from '@/lib/corpus/query';
import { getCorpus } from '@/app/_lib/corpus-store';
import { DEFAULT_LOCALE, getDictionary } from '@/app/_i18n/dictionary';
import { decodeParam } from '@/app/_lib/params';
import { eventCard } from '@/app/_lib/og-card';
import { ogFonts } from '@/app/_lib/og-font';
import { movedEvent } from '@/app/_lib/moved-event';
import { EventCard } from '@/app/_components/og/event-card';

export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const alt = 'Jylnama';

/** The link-preview card of an event, in Kazakh (the default UI language). */
export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const t = getDictionary(DEFAULT_LOCALE);
  const corpus = await getCorpus();
  const wanted = decodeParam(id);
  // A link shared before a later article moved the event still previews the event it became; an unknown id is a 404.
  const successor = findEvent(corpus, wanted) ? null : ((await movedEvent(wanted))?.[0] ?? null);
  const event = findEvent(corpus, successor ?? wanted);
  if (!event) notFound();
  return new ImageResponse(<EventCard card={eventCard(corpus, event, t)} />, { ...size, fonts: await ogFonts() });
}
