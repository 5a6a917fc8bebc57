import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getDictionary } from '@/app/_i18n/dictionary';
import { corpusStore } from '@/app/_lib/corpus';
import { describeCorrection } from '@/app/_lib/corrections/history-view';
import { reviewQueue } from '@/app/_lib/corrections/review-queue';
import { currentEditor } from '@/app/_lib/editors/session';
import { eventDateLabel } from '@/app/_lib/event/event-details';
import { localHref, localeFromSearch, type SearchParams } from '@/app/_lib/view/locale';
import { PageShell } from '@/app/_components/layout/page-shell';
import { ReviewKeys } from '@/app/_components/corrections/review-keys';

export const dynamic = 'force-dynamic';

interface Props {
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return { title: getDictionary(localeFromSearch(await searchParams)).editing.reviewHeading, robots: { index: false } };
}

/** The review queue: what most needs an editor's eye, each row opening the event with its evidence. Editors only. */
export default async function ReviewPage({ searchParams }: Props) {
  const t = getDictionary(localeFromSearch(await searchParams));
  if (!(await currentEditor())) redirect(localHref('/sign-in', t.locale, { next: '/review' }));
  const store = corpusStore();
  const [served, state] = await Promise.all([store.get(), store.correctionState()]);
  const rows = reviewQueue(served.events, state.orphans, new Date().toISOString().slice(0, 10));
  return (
    <PageShell t={t} path="/review">
      <div className="mx-auto max-w-4xl space-y-4">
        <h1 className="text-3xl font-bold">{t.editing.reviewHeading}</h1>
        <p>{t.editing.reviewIntro}</p>
        <p className="text-sm text-ink-soft">{t.editing.keysHint}</p>
        {rows.length === 0 ? (
          <p>{t.editing.reviewEmpty}</p>
        ) : (
          <ol className="divide-y divide-ink/10 rounded border border-ink/10" data-testid="review-queue">
            {rows.map((row) => (
              <li key={row.event?.id ?? row.orphan!.correction.id} className="p-3" data-testid="review-row">
                {row.event ? (
                  <Link
                    className="review-link font-medium text-accent underline"
                    href={localHref(`/events/${encodeURIComponent(row.event.id)}`, t.locale)}
                  >
                    {row.event.title[t.locale]}
                  </Link>
                ) : (
                  <span className="review-link font-medium" tabIndex={0}>
                    {describeCorrection(row.orphan!.correction, t)}{' '}
                    <code className="text-sm">{row.orphan!.correction.eventId}</code>
                  </span>
                )}{' '}
                {row.event && <span className="text-sm text-ink-soft">{eventDateLabel(row.event, t)}</span>}
                <ul className="mt-1 flex flex-wrap gap-2 text-sm">
                  {row.why.map((w) => (
                    <li key={w} className="rounded bg-amber-100 px-2 py-0.5">
                      {t.editing.reviewWhy[w]}
                    </li>
                  ))}
                </ul>
                {row.orphan && (
                  <p className="mt-1 text-sm">
                    {row.orphan.correction.editor}, {row.orphan.correction.at.slice(0, 10)}: «
                    {row.orphan.correction.op.reason}» · {row.orphan.why}
                  </p>
                )}
              </li>
            ))}
          </ol>
        )}
      </div>
      <ReviewKeys />
    </PageShell>
  );
}
