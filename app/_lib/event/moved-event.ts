import 'server-only';
import { redirect } from 'next/navigation';
import type { CorpusView } from '@/lib/corpus/types';
import { findEvent } from '@/lib/corpus/query';
import { corpusStore } from '@/app/_lib/corpus';
import type { SearchParams } from '@/app/_lib/view/locale';

/**
 * Where an event id that is no longer served leads: the events that now hold its sentences (most first), `[]` when
 * its sources are gone, null when it was never served. A later article can split an event or join two; a shared link
 * must still arrive.
 */
export function movedEvent(id: string): Promise<string[] | null> {
  return corpusStore().movedTo(id);
}

/**
 * For a view URL (`/?event=…`, `/embed?event=…`) naming an event that has since become another: redirect to the
 * same view of the event it became (the one holding most of its sentences). Returns when nothing needs to move.
 */
export async function redirectMovedView(corpus: CorpusView, path: string, search: SearchParams): Promise<void> {
  const id = typeof search.event === 'string' ? search.event : null;
  if (id === null || findEvent(corpus, id)) return;
  const to = (await movedEvent(id))?.[0];
  if (!to) return;
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(search))
    for (const x of Array.isArray(v) ? v : v === undefined ? [] : [v]) query.append(k, k === 'event' ? to : x);
  redirect(`${path}?${query.toString()}`);
}
