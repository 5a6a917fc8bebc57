import type { Slide } from '@/app/_lib/present/slides';
import type { PresentLabels } from './presenter';
import { KeyQuote } from './key-quote';

/** The presenter's notes (in the presenter window only): every source sentence of the event, as text, with its article. */
export function PresenterNotes({ slide, t }: { slide: Slide; t: PresentLabels }) {
  return (
    <section
      aria-labelledby="presenter-notes"
      className="rounded-lg border border-white/30 bg-white/5 p-4 sm:p-5"
      data-testid="presenter-notes"
    >
      <h2 id="presenter-notes" className="mb-3 text-2xl font-semibold">
        {t.present.notes}: {t.details.sources}
      </h2>
      <ol className="space-y-4 text-lg leading-relaxed sm:text-xl">
        {slide.notes.map((s) => (
          <li key={`${s.articleId}-${s.start}`}>
            <KeyQuote source={s} label={t.details.sources} className="border-white/50" />
          </li>
        ))}
      </ol>
    </section>
  );
}
