import { ImageResponse } from 'next/og';
import type { NextRequest } from 'next/server';
import { findEvent } from '@/lib/corpus/query';
import { getCorpus } from '@/app/_lib/corpus';
import { DEFAULT_LOCALE, getDictionary, isUiLocale } from '@/app/_i18n/dictionary';
import { decodeParam } from '@/app/_lib/api/route-param';
import { eventCard } from '@/app/_lib/og/card';
import { ogFonts } from '@/app/_lib/og/font';
import { movedEvent } from '@/app/_lib/event/moved-event';
import { CARD_SIZE } from '@/app/_lib/og/event-metadata';
import { EventCard } from '@/app/_components/og/event-card';

/**
 * The link-preview card of an event in the language of `?lang=` (Kazakh without it). A route rather than the
 * `opengraph-image` file convention, which gets no query string and so could only ever draw one language.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const lang = request.nextUrl.searchParams.get('lang');
  const t = getDictionary(isUiLocale(lang) ? lang : DEFAULT_LOCALE);
  const corpus = await getCorpus();
  const wanted = decodeParam(id);
  // A link shared before a later article moved the event still previews the event it became; an unknown id is a 404.
  const successor = findEvent(corpus, wanted) ? null : ((await movedEvent(wanted))?.[0] ?? null);
  const event = findEvent(corpus, successor ?? wanted);
  if (!event)
    return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new ImageResponse(<EventCard card={eventCard(corpus, event, t)} />, { ...CARD_SIZE, fonts: await ogFonts() });
}
