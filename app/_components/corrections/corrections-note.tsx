import type { CorrectionsView } from '@/app/_lib/corrections/corrections-view';
import type { Dictionary } from '@/app/_i18n/types';

/** What editors changed on an event, beside what the sources say: provenance stays visible. */
export function CorrectionsNote({ view, t }: { view: CorrectionsView; t: Dictionary }) {
  return (
    <section
      aria-labelledby="corrections-heading"
      className="rounded border border-amber-300 bg-amber-50 p-4"
      data-testid="corrections"
    >
      <h2 id="corrections-heading" className="text-lg font-semibold">
        {t.event.corrections.heading}
      </h2>
      <p className="mt-1 text-sm text-stone-700">{t.event.corrections.intro}</p>
      {view.confirmed && (
        <p className="mt-2 font-medium" data-testid="corrections-confirmed">
          ✓ {view.confirmed}
        </p>
      )}
      {view.structure.length > 0 && (
        <ul className="mt-2 list-disc pl-5" data-testid="corrections-structure">
          {view.structure.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {view.lines.length > 0 && (
        <dl className="mt-3 space-y-3">
          {view.lines.map((line) => (
            <div key={line.field} data-testid={`corrected-${line.field}`}>
              <dt className="font-medium">{line.label}</dt>
              <dd>
                <span className="font-semibold">{line.value}</span>{' '}
                <span className="text-stone-700">({line.sourcesSay})</span>
                <br />
                <span className="text-sm text-stone-700">
                  {line.byLine}
                  {line.reason && <>: «{line.reason}»</>}
                </span>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
