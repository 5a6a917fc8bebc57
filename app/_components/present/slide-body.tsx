import type { RefObject } from 'react';
import type { Slide } from '@/app/_lib/slides';
import type { PresentLabels } from './presenter';

/** The event of a step in large, high-contrast type: type, title, date, place, participants, status. */
export function SlideBody({ slide, t, headingRef }: { slide: Slide; t: PresentLabels; headingRef: RefObject<HTMLHeadingElement | null> }) {
  const v = slide.view;
  const d = t.details;
  return (
    <article className="space-y-6" data-event-id={v.id}>
      <p className={`type-badge t-${v.type} inline-block rounded px-3 py-1 text-2xl font-semibold text-[#0b0d10]`}>{v.typeLabel}</p>
      <h1 ref={headingRef} className="text-5xl font-bold leading-tight lg:text-6xl">
        {v.title}
      </h1>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-8 gap-y-3 text-3xl">
        <dt className="text-white/75">{d.date}</dt>
        <dd className="font-semibold">{v.dateTime ? <time dateTime={v.dateTime}>{v.dateLabel}</time> : v.dateLabel}</dd>
        <dt className="text-white/75">{d.place}</dt>
        <dd>{v.placeName ?? d.unknownPlace}</dd>
        <dt className="text-white/75">{d.participants}</dt>
        <dd>{v.participants.length === 0 ? d.noParticipants : v.participants.map((p) => p.name).join(', ')}</dd>
        <dt className="text-white/75">{d.status}</dt>
        <dd>{v.statusLabel}</dd>
      </dl>
    </article>
  );
}
