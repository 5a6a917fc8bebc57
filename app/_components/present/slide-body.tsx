import type { RefObject } from 'react';
import { fill } from '@/app/_i18n/dictionary';
import type { Slide } from '@/app/_lib/present/slides';
import type { PresentLabels } from './presenter';
import { KeyQuote } from './key-quote';
import { QrCode } from './qr-code';

/**
 * The event of a step in large, high-contrast type: type, title, date, place, participants, status, the sentence
 * its date was read from, and a QR code of its page for the room to open on a phone.
 */
export function SlideBody({
  slide,
  t,
  headingRef,
}: {
  slide: Slide;
  t: PresentLabels;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const v = slide.view;
  const d = t.details;
  return (
    <article className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_auto] lg:gap-10" data-event-id={v.id}>
      <div className="min-w-0 space-y-4 break-words sm:space-y-5">
        <p
          className={`type-badge t-${v.type} inline-block rounded px-3 py-1 text-xl font-semibold text-[#0b0d10] sm:text-2xl`}
        >
          {v.typeLabel}
        </p>
        {/* A long title (a council's full name) stays a size smaller, so that the slide keeps its strip in view. */}
        <h1
          ref={headingRef}
          className={`text-3xl font-bold leading-tight sm:text-4xl ${v.title.length > 48 ? '' : 'lg:text-5xl'}`}
        >
          {v.title}
        </h1>
        <dl className="grid grid-cols-1 gap-x-8 gap-y-1 text-xl sm:grid-cols-[max-content_minmax(0,1fr)] sm:gap-y-2 sm:text-2xl">
          <dt className="text-white/75">{d.date}</dt>
          <dd className="font-semibold">
            {v.dateTime ? <time dateTime={v.dateTime}>{v.dateLabel}</time> : v.dateLabel}
          </dd>
          <dt className="text-white/75">{d.place}</dt>
          <dd>{v.placeName ?? d.unknownPlace}</dd>
          <dt className="text-white/75">{d.participants}</dt>
          <dd>{v.participants.length === 0 ? d.noParticipants : v.participants.map((p) => p.name).join(', ')}</dd>
          <dt className="text-white/75">{d.status}</dt>
          <dd>{v.statusLabel}</dd>
        </dl>
        {slide.keyQuote && (
          <KeyQuote
            source={slide.keyQuote}
            label={t.present.quote}
            className="max-w-5xl border-white/60 text-lg sm:text-xl"
          />
        )}
      </div>
      <div className="flex flex-col items-start gap-2 lg:items-center">
        <QrCode
          text={slide.permalink}
          label={fill(t.present.qr, { url: slide.permalink })}
          className="h-36 w-36 sm:h-44 sm:w-44"
        />
        <p className="max-w-[12rem] break-all text-sm text-white/80">{slide.permalink}</p>
      </div>
    </article>
  );
}
