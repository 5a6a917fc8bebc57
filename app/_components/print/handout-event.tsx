import type { Dictionary } from '@/app/_i18n/types';
import type { Slide } from '@/app/_lib/present/slides';
import { KeyQuote } from '@/app/_components/present/key-quote';

/** One event, kept whole on its page (several share one): its facts, then every source sentence with its article. */
export function HandoutEvent({ slide, n, t }: { slide: Slide; n: number; t: Dictionary }) {
  const v = slide.view;
  const d = t.details;
  return (
    <article
      className="handout-event [overflow-wrap:anywhere] border-t border-ink/20 py-4"
      data-testid="handout-event"
      data-event-id={v.id}
    >
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h2 className="text-xl font-bold">
          {n}. {v.title}
        </h2>
        <p className={`type-badge t-${v.type} inline-block rounded px-2 py-0.5 text-sm font-medium`}>{v.typeLabel}</p>
      </div>
      <dl className="mt-2 grid grid-cols-[max-content_minmax(0,1fr)] gap-x-6 text-sm">
        <dt className="font-semibold text-ink-soft">{d.date}</dt>
        <dd>{v.dateLabel}</dd>
        <dt className="font-semibold text-ink-soft">{d.place}</dt>
        <dd>{v.placeName ?? d.unknownPlace}</dd>
        <dt className="font-semibold text-ink-soft">{d.participants}</dt>
        <dd>
          {v.participants.length === 0
            ? d.noParticipants
            : v.participants.map((p) => `${p.name} (${p.role})`).join(', ')}
        </dd>
        <dt className="font-semibold text-ink-soft">{d.status}</dt>
        <dd>{v.statusLabel}</dd>
      </dl>
      <h3 className="mt-2 text-base font-semibold">{t.print.sources}</h3>
      <ol className="mt-1 space-y-1.5 text-sm leading-snug">
        {v.sources.map((s) => (
          <li key={`${s.articleId}-${s.start}`}>
            <KeyQuote source={s} label={t.print.sources} className="border-ink/20" inline />
          </li>
        ))}
      </ol>
    </article>
  );
}
