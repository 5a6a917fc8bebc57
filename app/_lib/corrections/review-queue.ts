import type { OrphanedCorrection } from '@/lib/corpus/corrections/types';
import type { CorpusEvent } from '@/lib/corpus/types';

/** A source joined its event on evidence weighing less than this (a shared sentence weighs 1.5): worth a look. */
const WEAK_LINK = 2;

export type ReviewWhy = 'dateConflict' | 'weakMerge' | 'announcedPast' | 'orphan';

export interface ReviewRow {
  /** The event to open; null for an orphaned correction. */
  event: CorpusEvent | null;
  why: ReviewWhy[];
  orphan?: OrphanedCorrection;
}

/**
 * What most needs a human, most pressing first: events whose sources give dates that cannot both hold, events a
 * source joined on weak evidence, announced events whose date has passed with no article reporting them, and
 * corrections whose event is gone. An event an editor confirmed has been looked at: it leaves the queue.
 */
export function reviewQueue(
  events: readonly CorpusEvent[],
  orphans: readonly OrphanedCorrection[],
  today: string,
): ReviewRow[] {
  const rows: ReviewRow[] = [];
  for (const e of events) {
    if (e.corrections?.confirmed) continue;
    const why: ReviewWhy[] = [];
    if (e.dateConflict) why.push('dateConflict');
    if (
      e.sources.some(
        (s) => !s.link.reasons.some((r) => r.code === 'first' || r.code === 'editor') && s.link.score < WEAK_LINK,
      )
    )
      why.push('weakMerge');
    const last = e.end ?? e.start;
    if (e.status === 'announced' && last !== null && last < today && !e.sources.some((s) => s.status === 'reported'))
      why.push('announcedPast');
    if (why.length > 0) rows.push({ event: e, why });
  }
  const weight = (r: ReviewRow) => (r.why.includes('dateConflict') ? 0 : r.why.includes('weakMerge') ? 1 : 2);
  rows.sort(
    (a, b) =>
      weight(a) - weight(b) ||
      (b.event!.start ?? '').localeCompare(a.event!.start ?? '') ||
      a.event!.id.localeCompare(b.event!.id),
  );
  return [...orphans.map((orphan) => ({ event: null, why: ['orphan' as const], orphan })), ...rows];
}

/** The event after `id` in the queue (the first when `id` is not in it): where `n` goes from an event page. */
export function nextInQueue(rows: readonly ReviewRow[], id: string): string | null {
  const withEvents = rows.flatMap((r) => (r.event ? [r.event.id] : []));
  const i = withEvents.indexOf(id);
  return withEvents[i + 1] ?? (i === -1 ? (withEvents[0] ?? null) : null);
}
