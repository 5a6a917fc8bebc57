import { corpusStore } from '@/app/_lib/corpus';
import { apiLang } from '@/app/_lib/api/lang-param';
import { suggestionsJson } from '@/app/_lib/search/suggest';
import { apiRoute, notAllowed, options } from '@/app/_lib/security/api-route';

export const dynamic = 'force-dynamic';

const MAX_INPUT = 100;

/**
 * `GET /api/suggest?q=…&lang=kk|ru|en`: what the search box suggests for what was typed so far, `{ q, suggestions }`
 * (suggest.ts: people, countries, places, bodies and event types by any spelling, each with its label in `lang`,
 * its count of events and where choosing it leads). Small, the same for every reader: cached for a minute.
 */
export const GET = apiRoute(async (request: Request) => {
  const parsed = apiLang(request);
  if ('error' in parsed) return parsed.error;
  const params = new URL(request.url).searchParams;
  const unknown = [...params.keys()].find((k) => k !== 'q' && k !== 'lang');
  if (unknown !== undefined)
    return Response.json({ error: `Unknown parameter "${unknown.slice(0, 40)}". Known: q, lang.` }, { status: 400 });
  const q = (params.get('q') ?? '').trim();
  if (q.length > MAX_INPUT)
    return Response.json(
      { error: `"q" is ${q.length} characters long; at most ${MAX_INPUT} are allowed.` },
      { status: 400 },
    );
  const corpus = await corpusStore().get();
  const body = suggestionsJson(corpus, q, parsed.lang);
  return new Response(body, {
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'public, max-age=60, stale-while-revalidate=300' },
  });
});

export const POST = notAllowed('GET');
export const PUT = notAllowed('GET');
export const PATCH = notAllowed('GET');
export const DELETE = notAllowed('GET');
export const OPTIONS = options('GET');
