import Link from 'next/link';
import type { CorpusEvent } from '@/lib/corpus/types';
import type { Dictionary } from '@/app/_i18n/types';
import { fill } from '@/app/_i18n/dictionary';
import { formatIsoDate } from '@/app/_lib/view/dates';
import { eventDateLabel } from '@/app/_lib/event/event-details';
import { localHref } from '@/app/_lib/view/locale';
import { PageShell } from '@/app/_components/layout/page-shell';

/** The page of a link to an event editors hid as not an event: what it was, who hid it, and why. */
export function HiddenEvent({ t, event }: { t: Dictionary; event: CorpusEvent }) {
  const hidden = event.corrections?.hidden;
  return (
    <PageShell t={t} path="/events">
      <div className="mx-auto max-w-3xl space-y-4" data-testid="hidden-event">
        <h1 className="text-3xl font-bold">{t.event.corrections.hiddenHeading}</h1>
        <p>
          <span className="font-medium">{event.title[t.locale]}</span>{' '}
          <span className="text-sm text-ink-soft">{eventDateLabel(event, t)}</span>
        </p>
        <p>{t.event.corrections.hiddenIntro}</p>
        {hidden && (
          <blockquote className="border-l-4 border-amber-400 pl-3">
            «{hidden.reason}»
            <footer className="text-sm text-ink-soft">
              {fill(t.event.corrections.byLine, { by: hidden.by, at: formatIsoDate(hidden.at.slice(0, 10), t.locale) })}
            </footer>
          </blockquote>
        )}
        <p>
          <Link className="text-accent underline" href={localHref('/', t.locale)}>
            ← {t.event.backToTimeline}
          </Link>
        </p>
      </div>
    </PageShell>
  );
}
