import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { historyOf } from '@/lib/corpus/corrections/apply';
import { getDictionary } from '@/app/_i18n/dictionary';
import { corpusStore } from '@/app/_lib/corpus';
import { describeCorrection } from '@/app/_lib/corrections/history-view';
import { currentEditor } from '@/app/_lib/editors/session';
import { formatIsoDate } from '@/app/_lib/view/dates';
import { localHref, localeFromSearch, type SearchParams } from '@/app/_lib/view/locale';
import { decodeParam } from '@/app/_lib/api/route-param';
import { PageShell } from '@/app/_components/layout/page-shell';
import { correctEvent } from '@/app/_actions/correct-event';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return {
    title: getDictionary(localeFromSearch(await searchParams)).editing.historyHeading,
    robots: { index: false },
  };
}

/** Every change editors made to an event, reverted ones and reverts included; an editor can revert from here. */
export default async function EventHistoryPage({ params, searchParams }: Props) {
  const [{ id: raw }, search] = await Promise.all([params, searchParams]);
  const t = getDictionary(localeFromSearch(search));
  const id = decodeParam(raw);
  const store = corpusStore();
  const state = await store.correctionState();
  const event = await store.correctableEvent(id);
  if (!event) notFound();
  const history = historyOf(id, state.merged, state.all);
  const session = await currentEditor();
  const error = typeof search.error === 'string' ? search.error.slice(0, 500) : null;
  const path = `/events/${encodeURIComponent(id)}`;
  return (
    <PageShell t={t} path={`${path}/history`}>
      <div className="mx-auto max-w-3xl space-y-4">
        <h1 className="text-3xl font-bold">{t.editing.historyHeading}</h1>
        <p>
          <Link className="text-accent underline" href={localHref(path, t.locale)}>
            {event.title[t.locale]}
          </Link>
        </p>
        {error && (
          <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-red-900">
            {error}
          </p>
        )}
        {history.length === 0 ? (
          <p>{t.editing.noHistory}</p>
        ) : (
          <ol className="space-y-3" data-testid="history">
            {history.map((c) => (
              <li
                key={c.id}
                className="rounded border border-ink/10 p-3"
                data-testid="history-entry"
                data-in-force={c.inForce}
              >
                <p className="font-medium">
                  {describeCorrection(c, t)}{' '}
                  <span className="text-sm text-ink-soft">({c.inForce ? t.editing.inForce : t.editing.reverted})</span>
                </p>
                <p className="text-sm text-ink-soft">
                  {c.editor}, {formatIsoDate(c.at.slice(0, 10), t.locale)} {c.at.slice(11, 16)} UTC ·{' '}
                  <code>{c.id}</code>
                </p>
                {c.op.reason && <p>«{c.op.reason}»</p>}
                {session && c.inForce && (
                  <form action={correctEvent} className="mt-2">
                    <input type="hidden" name="eventId" value={id} />
                    <input type="hidden" name="csrf" value={session.csrf} />
                    <input type="hidden" name="lang" value={t.locale} />
                    <input type="hidden" name="back" value="history" />
                    <input type="hidden" name="op" value="revert" />
                    <input type="hidden" name="correction" value={c.id} />
                    <button
                      type="submit"
                      className="rounded border border-ink/30 px-3 py-1 text-sm font-medium hover:bg-ink/5"
                    >
                      {t.editing.revert}
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ol>
        )}
      </div>
    </PageShell>
  );
}
