import { corpusStore } from '@/app/_lib/corpus';
import { apiEvents } from '@/app/_lib/api/event-json';
import { apiLang } from '@/app/_lib/api/lang-param';
import { parseEventsQuery } from '@/app/_lib/api/events-params';
import { apiEventsWindow } from '@/app/_lib/api/events-answer';
import { cachedJsonAsync, queryKey } from '@/app/_lib/api/response-cache';
import { checkEditor } from '@/app/_lib/ingest/editor-auth';
import { apiRoute, notAllowed, options } from '@/app/_lib/security/api-route';

export const dynamic = 'force-dynamic';

/**
 * `GET /api/events?lang=en|kk|ru`: every event of the corpus as JSON (a list).
 * `GET /api/events?from=YYYY-MM-DD&to=YYYY-MM-DD&type=…&country=…&person=…&place=…&status=…&limit=N`: the events of
 * that window that pass the filters, `{ from, to, total, limit, undated, events, clusters }` (see corpus/event-query.ts).
 * A bad parameter is a 400 with `{ error }` saying what is accepted. An event editors corrected carries the
 * corrected values in the usual fields and the machine's in `machine`; one they hid is left out (`hidden=1`, with
 * the editor token, lists it too).
 */
export const GET = apiRoute(async (request: Request) => {
  const parsed = apiLang(request);
  if ('error' in parsed) return parsed.error;
  const params = new URL(request.url).searchParams;
  // `hidden=1`: editors see the events hidden as "not an event" too (the plain list only), each marked.
  const withHidden = params.get('hidden');
  params.delete('hidden');
  if (withHidden !== null && withHidden !== '1' && withHidden !== '0')
    return Response.json({ error: '"hidden" is 1 (editors: list hidden events too) or 0.' }, { status: 400 });
  const query = parseEventsQuery(params);
  if ('error' in query) return Response.json({ error: query.error }, { status: 400 });
  const store = corpusStore();
  if (withHidden === '1') {
    const auth = checkEditor(request);
    if (!auth.ok)
      return Response.json(
        { error: auth.error },
        { status: auth.status, headers: auth.status === 401 ? { 'WWW-Authenticate': 'Bearer' } : {} },
      );
    const corpus = await store.get();
    const { hidden } = await store.correctionState();
    const hiddenIds = new Set(hidden.map((h) => h.id));
    const events = apiEvents({ ...corpus, events: [...corpus.events, ...hidden] }, parsed.lang).map((e) => ({
      ...e,
      hidden: hiddenIds.has(e.id),
    }));
    return Response.json(events, { headers: { 'Cache-Control': 'private, no-store' } });
  }
  const corpus = await store.get();
  const q = query.query;
  // A window is looked up in the database (its indexes) when it holds this corpus; the plain list needs no query.
  const body = await cachedJsonAsync(corpus, queryKey(params), async () =>
    q.windowed
      ? apiEventsWindow(corpus, q, parsed.lang, await store.eventsFromDatabase(corpus, q).catch(() => null))
      : apiEvents(corpus, parsed.lang),
  );
  return new Response(body, { headers: { 'Content-Type': 'application/json' } });
});

// Every other method: a 405 with the security headers.
export const POST = notAllowed('GET');
export const PUT = notAllowed('GET');
export const PATCH = notAllowed('GET');
export const DELETE = notAllowed('GET');
export const OPTIONS = options('GET');
