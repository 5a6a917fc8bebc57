import type { CorpusEvent } from '@/lib/corpus/types';

/**
 * Dated events by start, then longer first, then enclosing events before their parts (a visit before the talks
 * held during it), then id; undated last.
 */
export function compareEvents(a: CorpusEvent, b: CorpusEvent): number {
  if (a.start === null || b.start === null) {
    if (a.start !== b.start) return a.start === null ? 1 : -1;
    return (a.before ?? '').localeCompare(b.before ?? '') || a.id.localeCompare(b.id);
  }
  return (
    a.start.localeCompare(b.start) ||
    (b.end ?? b.start).localeCompare(a.end ?? a.start) ||
    Number(a.parent !== null) - Number(b.parent !== null) ||
    a.id.localeCompare(b.id)
  );
}

export function sortedEvents(events: readonly CorpusEvent[]): CorpusEvent[] {
  return [...events].sort(compareEvents);
}
