import { getCorpus } from '@/app/_lib/corpus-store';
import { apiEvents } from '@/app/_lib/api-shape';
import { apiLang } from '@/app/_lib/api-lang';

export const dynamic = 'force-dynamic';

/** `GET /api/events?lang=en|kk|ru`: every event of the corpus as JSON. */
export async function GET(request: Request) {
  const parsed = apiLang(request);
  if ('error' in parsed) return parsed.error;
  return Response.json(apiEvents(await getCorpus(), parsed.lang));
}
