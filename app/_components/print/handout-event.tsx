import { fill } from '@/app/_i18n/dictionary';
import type { Dictionary } from '@/app/_i18n/types';
import type { Slide } from '@/app/_lib/slides';

/** One event on its own page: its facts, then every source sentence as text with its article and date. */
export function HandoutEvent({ slide, t }: { slide: Slide; t: Dictionary }) {
  const v = slide.view;
  const d = t.details;
  return (
    <article className="handout-page py-10" data-testid="handout-event" data-event-id={v.id}>
      <p className={`type-badge t-${v.type} inline-block rounded px-2 py-0.5 font-medium`}>{v.typeLabel}</p>
      <h2 className="mt-2 text-3xl font-bold">{v.title}</h2>
      <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
        <dt className="font-semibold text-ink-soft">{d.date}</dt>
        <dd>{v.dateLabel}</dd>
        <dt className="font-semibold text-ink-soft">{d.place}</dt>
        <dd>{v.placeName ?? d.unknownPlace}</dd>
        <dt className="font-semibold text-ink-soft">{d.participants}</dt>
        <dd>{v.participants.length === 0 ? d.noParticipants : v.participants.map((p) => `${p.name} (${p.role})`).join(', ')}</dd>
        <dt className="font-semibold text-ink-soft">{d.status}</dt>
        <dd>{v.statusLabel}</dd>
      </dl>
      <h3 className="mt-6 text-xl font-semibold">{t.print.sources}</h3>
      <ol className="mt-2 space-y-3 text-sm leading-relaxed">
        {v.sources.map((s) => (
          <li key={`${s.articleId}-${s.start}`}>
            <blockquote lang={s.language} className="border-l-4 border-ink/20 pl-3">
              {s.quote}
            </blockquote>
            <p className="text-xs text-ink-soft">{fill(d.from, { title: s.articleTitle, date: s.articleDate })}</p>
          </li>
        ))}
      </ol>
    </article>
  );
}
