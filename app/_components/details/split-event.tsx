import Link from 'next/link';
import type { CorpusEvent } from '@/lib/corpus/types';
import type { Dictionary } from '@/app/_i18n/types';
import { eventDateLabel } from '@/app/_lib/event/event-details';
import { localHref } from '@/app/_lib/view/locale';
import { PageShell } from '@/app/_components/layout/page-shell';

/** The page of a shared event link whose event later articles showed to be several: the events it became. */
export function SplitEvent({ t, events }: { t: Dictionary; events: CorpusEvent[] }) {
  return (
    <PageShell t={t} path="/events">
      <div className="mx-auto max-w-3xl space-y-4">
        <h1 className="text-3xl font-bold">{t.event.splitHeading}</h1>
        <p>{t.event.splitIntro}</p>
        <ul className="space-y-2" data-testid="split-into">
          {events.map((e) => (
            <li key={e.id}>
              <Link
                className="font-medium text-accent underline"
                href={localHref(`/events/${encodeURIComponent(e.id)}`, t.locale)}
              >
                {e.title[t.locale]}
              </Link>{' '}
              <span className="text-sm text-ink-soft">{eventDateLabel(e, t)}</span>
            </li>
          ))}
        </ul>
      </div>
    </PageShell>
  );
}
