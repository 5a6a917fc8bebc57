import { getCorpus } from '@/app/_lib/corpus-store';
import { apiEvents } from '@/app/_lib/api-shape';
import { apiLang } from '@/app/_lib/api-lang';
import { parseEventsQuery } from '@/app/_lib/events-query';
import { apiEventsWindow } from '@/app/_lib/events-window';

export const dynamic = 'force-dynamic';

/**
 * `GET /api/events?lang=en|kk|ru`: every event of the corpus as JSON (a list).
 * `GET /api/events?from=YYYY-MM-DD&to=YYYY-MM-DD&type=…&country=…&person=…&place=…&status=…&limit=N`: the events of
 * that window that pass the filters, `{ from, to, total, limit, undated, events, clusters }` (see events-window.ts).
 * A bad parameter is a 400 with `{ error }` saying what is accepted.
 */
export async function GET(request: Request) {
  const parsed = apiLang(request);
  if ('error' in parsed) return parsed.error;
  const query = parseEventsQuery(new URL(request.url).searchParams);
  if ('error' in query) return Response.json({ error: query.error }, { status: 400 });
  const corpus = await getCorpus();
  if (!query.query.windowed) return Response.json(apiEvents(corpus, parsed.lang));
  return Response.json(apiEventsWindow(corpus, query.query, parsed.lang));
}
