import { randomUUID } from 'node:crypto';
import { evidenceOf, historyOf } from '@/lib/corpus/corrections/apply';
import type { Correction } from '@/lib/corpus/corrections/types';
import { checkCorrection } from '@/lib/corpus/corrections/validate';
import type { CorpusEvent, UiLocale } from '@/lib/corpus/types';
import { apiEvent } from '@/app/_lib/api/event-json';
import type { CorpusStore } from '@/app/_lib/corpus/store';

/** A correction is a few hundred bytes of JSON: anything much larger is not one. */
const MAX_BODY = 64 * 1024;

const json = (body: unknown, status: number) => Response.json(body, { status });

/** The event with this id as the merge left it (hidden ones too), or a 404 saying where the id went. */
async function findMerged(store: CorpusStore, id: string): Promise<CorpusEvent | Response> {
  const event = await store.correctableEvent(id);
  if (event) return event;
  const moved = await store.movedTo(id);
  if (moved && moved.length > 0)
    return json({ error: `No event "${id.slice(0, 80)}" now: it became ${moved.join(', ')}.`, movedTo: moved }, 404);
  return json({ error: `No event "${id.slice(0, 80)}".` }, 404);
}

/** The event as it now stands (corrected), for an answer; `hidden: true` when an editor hid it. */
async function standing(store: CorpusStore, id: string, lang: UiLocale) {
  const state = await store.correctionState();
  const shown = (await store.get()).events.find((e) => e.id === id);
  const hidden = state.hidden.find((e) => e.id === id);
  const event = shown ?? hidden;
  return event ? { ...apiEvent(event, lang), hidden: hidden !== undefined } : null;
}

export type Made = { ok: true; id: string; eventId: string } | { ok: false; status: number; error: string };

/**
 * Checks an operation against the event and its history and keeps it (every server applies it at once). `base`
 * in the body (optional): the id of the last correction of this event the editor saw (null for none); if another
 * was made since, a 409 and nothing is written. The API and the event page's forms both come here.
 */
export async function makeCorrection(store: CorpusStore, id: string, body: unknown, editor: string): Promise<Made> {
  const repo = await store.correctionsRepository();
  if (!repo)
    return {
      ok: false,
      status: 503,
      error:
        'Corrections are kept in the database, and this server has none (JYLNAMA_DATA_DIR=off without DATABASE_URL).',
    };
  const event = await findMerged(store, id);
  if (event instanceof Response)
    return { ok: false, status: 404, error: ((await event.json()) as { error: string }).error };
  const state = await store.correctionState();
  const history = historyOf(event.id, state.merged, state.all);
  const served = await store.get();
  // `attach` names a span of an article: its text and sentences are read (from the database on a serving-only server).
  const source =
    body && typeof body === 'object' && (body as { op?: unknown }).op === 'attach'
      ? (body as { source?: { articleId?: unknown } }).source
      : undefined;
  const article = typeof source?.articleId === 'string' ? (await store.article(source.articleId))?.article : undefined;
  const checked = checkCorrection(
    body,
    event,
    history,
    (other) => served.events.find((e) => e.id === other) ?? state.merged.find((e) => e.id === other),
    article,
  );
  if (!checked.ok) return { ok: false, status: 400, error: checked.error };
  const base =
    body && typeof body === 'object' && Object.hasOwn(body, 'base') ? (body as { base: unknown }).base : undefined;
  if (base !== undefined && base !== null && typeof base !== 'string')
    return { ok: false, status: 400, error: '"base" must be the id of the last correction you saw, or null.' };
  const correction: Correction = {
    id: `c-${randomUUID()}`,
    eventId: event.id,
    evidence: evidenceOf(event),
    op: checked.op,
    editor,
    at: new Date().toISOString(),
  };
  const written = await repo.add(
    correction,
    base === undefined
      ? undefined
      : { eventIds: [...new Set([event.id, ...history.map((c) => c.eventId)])], expectedLast: base },
  );
  if (!written) {
    const last = history.at(-1);
    return {
      ok: false,
      status: 409,
      error: `Another correction of this event was made meanwhile${last ? ` (${last.id}, by ${last.editor})` : ''}: nothing of yours was written. Look at the event again and redo your change if it still applies.`,
    };
  }
  await store.reloadCorrections();
  return { ok: true, id: correction.id, eventId: event.id };
}

/** `POST /api/events/<id>/corrections`: 201 with the correction's id and the event as it now stands. */
export async function handleCorrection(
  request: Request,
  store: CorpusStore,
  id: string,
  editor: string,
  lang: UiLocale,
): Promise<Response> {
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > MAX_BODY) return json({ error: `A correction is at most ${MAX_BODY} bytes of JSON.` }, 413);
  const text = await request.text();
  if (text.length > MAX_BODY) return json({ error: `A correction is at most ${MAX_BODY} bytes of JSON.` }, 413);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return json(
      { error: 'The body is not JSON: send {"op":"set","field":"when","value":"2025-11-14","reason":"…"}.' },
      400,
    );
  }
  const made = await makeCorrection(store, id, body, editor);
  if (!made.ok) return json({ error: made.error }, made.status);
  return json({ id: made.id, event: await standing(store, made.eventId, lang) }, 201);
}

/** `GET /api/events/<id>/history`: every correction of the event, reverted ones and reverts included, in order. */
export async function eventHistory(store: CorpusStore, id: string): Promise<Response> {
  const event = await findMerged(store, id);
  if (event instanceof Response) return event;
  const state = await store.correctionState();
  return Response.json({ event: event.id, corrections: historyOf(event.id, state.merged, state.all) });
}
