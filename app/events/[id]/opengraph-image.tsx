import { ImageResponse } from 'next/og';
import { findEvent } from '@/lib/corpus/query';
import { getCorpus } from '@/app/_lib/corpus-store';
import { DEFAULT_LOCALE, getDictionary } from '@/app/_i18n/dictionary';
import { decodeParam } from '@/app/_lib/params';
import { eventCard } from '@/app/_lib/og-card';
import { OG_FONT_FAMILY, ogFonts } from '@/app/_lib/og-font';
import { EventCard } from '@/app/_components/og/event-card';

export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const alt = 'Jylnama';

/** The link-preview card of an event, in Kazakh (the default UI language). */
export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const t = getDictionary(DEFAULT_LOCALE);
  const corpus = await getCorpus();
  const event = findEvent(corpus, decodeParam(id));
  const card = event
    ? eventCard(corpus, event, t)
    : { appName: t.app.name, typeLabel: '', typeColour: '#475569', title: t.notFound.heading, dateLabel: '', placeName: null, neighbours: [], axisStart: '', axisEnd: '', fontFamily: OG_FONT_FAMILY };
  return new ImageResponse(<EventCard card={card} />, { ...size, fonts: await ogFonts() });
}
