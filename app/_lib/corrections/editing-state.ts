import 'server-only';
import { historyOf } from '@/lib/corpus/corrections/apply';
import { corpusStore } from '@/app/_lib/corpus';
import { currentEditor } from '@/app/_lib/editors/session';
import { localHref, localeFromSearch, type SearchParams } from '@/app/_lib/view/locale';
import { nextInQueue, reviewQueue } from './review-queue';

/**
 * Whether readers see what editors changed next to a corrected field (`JYLNAMA_CORRECTION_MARKS=off` hides the
 * mark on public pages; editors always see it, and /api/events always carries both values).
 */
export function correctionMarksShown(): boolean {
  return process.env.JYLNAMA_CORRECTION_MARKS !== 'off';
}

/** What an event page needs to show its correction forms to a signed-in editor; null for everyone else. */
export async function editingState(eventId: string, search: SearchParams) {
  const session = await currentEditor();
  if (!session) return null;
  const store = corpusStore();
  const [state, served] = await Promise.all([store.correctionState(), store.get()]);
  const history = historyOf(eventId, state.merged, state.all);
  const next = nextInQueue(reviewQueue(served.events, state.orphans, new Date().toISOString().slice(0, 10)), eventId);
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v.slice(0, 500) : null);
  const lang = localeFromSearch(search);
  return {
    csrf: session.csrf,
    base: history.at(-1)?.id ?? null,
    saved: text(search.saved),
    error: text(search.error),
    nextToReview: next ? localHref(`/events/${encodeURIComponent(next)}`, lang) : null,
  };
}
