import { fill } from '@/app/_i18n/dictionary';
import type { Slide } from '@/app/_lib/slides';
import type { PresentLabels } from './presenter';

/** The presenter's notes: every source sentence of the event, as text, with its article. */
export function PresenterNotes({ slide, t }: { slide: Slide; t: PresentLabels }) {
  return (
    <section aria-label={t.present.notes} className="rounded-lg border border-white/30 bg-white/5 p-5" data-testid="presenter-notes">
      <h2 className="mb-3 text-2xl font-semibold">{t.details.sources}</h2>
      <ol className="space-y-4 text-xl leading-relaxed">
        {slide.view.sources.map((s) => (
          <li key={`${s.articleId}-${s.start}`}>
            <blockquote lang={s.language} className="border-l-4 border-white/50 pl-4">
              {s.quote}
            </blockquote>
            <p className="mt-1 text-base text-white/80">{fill(t.details.from, { title: s.articleTitle, date: s.articleDate })}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
