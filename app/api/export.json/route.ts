import { toTimelineJs } from '@/lib/export/timelinejs';
import { getCorpus } from '@/app/_lib/corpus';
import { getDictionary } from '@/app/_i18n/dictionary';
import { apiLang } from '@/app/_lib/api/lang-param';
import { publicOrigin } from '@/app/_lib/security/origin';
import { exportEvents, exportFileName, exportView } from '@/app/_lib/api/export-data';
import { apiRoute, notAllowed, options } from '@/app/_lib/security/api-route';

export const dynamic = 'force-dynamic';

/** `GET /api/export.json?type=…&country=…&q=…&lang=…`: the filtered events in TimelineJS's JSON format. */
export const GET = apiRoute(async (request: Request) => {
  const parsed = apiLang(request);
  if ('error' in parsed) return parsed.error;
  const t = getDictionary(parsed.lang);
  const view = exportView(request);
  const body = toTimelineJs(exportEvents(await getCorpus(), view, t, await publicOrigin()), {
    headline: t.app.name,
    text: t.app.tagline,
    labels: { sources: t.details.sources, open: t.details.permalink },
  });
  return Response.json(body, {
    headers: { // Links in it are built from this request's origin: not for shared caches.
      'Cache-Control': 'private, no-store',
      'Content-Disposition': `attachment; filename="${exportFileName(view, 'json')}"` },
  });
});

// Every other method: a 405 with the security headers.
export const POST = notAllowed('GET');
export const PUT = notAllowed('GET');
export const PATCH = notAllowed('GET');
export const DELETE = notAllowed('GET');
export const OPTIONS = options('GET');
