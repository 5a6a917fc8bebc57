import { toCsv } from '@/lib/export/csv';
import { getCorpus } from '@/app/_lib/corpus';
import { getDictionary } from '@/app/_i18n/dictionary';
import { apiLang } from '@/app/_lib/api/lang-param';
import { publicOrigin } from '@/app/_lib/security/origin';
import { exportEvents, exportFileName, exportView } from '@/app/_lib/api/export-data';
import { apiRoute, notAllowed, options } from '@/app/_lib/security/api-route';

export const dynamic = 'force-dynamic';

/** `GET /api/export.csv?type=…&country=…&q=…&lang=…`: the filtered events as a spreadsheet (UTF-8, formula-safe). */
export const GET = apiRoute(async (request: Request) => {
  const parsed = apiLang(request);
  if ('error' in parsed) return parsed.error;
  const t = getDictionary(parsed.lang);
  const view = exportView(request);
  const body = toCsv(exportEvents(await getCorpus(), view, t, await publicOrigin()), { headings: t.exportColumns });
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      // Links in it are built from this request's origin: not for shared caches.
      'Cache-Control': 'private, no-store',
      'Content-Disposition': `attachment; filename="${exportFileName(view, 'csv')}"`,
    },
  });
});

// Every other method: a 405 with the security headers.
export const POST = notAllowed('GET');
export const PUT = notAllowed('GET');
export const PATCH = notAllowed('GET');
export const DELETE = notAllowed('GET');
export const OPTIONS = options('GET');
