import { icsChunks } from '@/lib/export/ics';
import { getCorpus } from '@/app/_lib/corpus';
import { getDictionary } from '@/app/_i18n/dictionary';
import { apiLang } from '@/app/_lib/api/lang-param';
import { publicOrigin } from '@/app/_lib/security/origin';
import { exportEvents, exportFileName, exportView } from '@/app/_lib/api/export-data';
import { apiRoute, notAllowed, options } from '@/app/_lib/security/api-route';

export const dynamic = 'force-dynamic';

/** `GET /api/export.ics?type=…&country=…&q=…&lang=…`: the filtered events as an iCalendar file. */
export const GET = apiRoute(async (request: Request) => {
  const parsed = apiLang(request);
  if ('error' in parsed) return parsed.error;
  const t = getDictionary(parsed.lang);
  const view = exportView(request);
  const chunks = icsChunks(exportEvents(await getCorpus(), view, t, await publicOrigin()), {
    calendarName: t.app.name,
    labels: { sources: t.details.sources, participants: t.details.participants },
  });
  // Thousands of events take seconds to write: they go out a piece at a time, and other requests are answered
  // between pieces instead of waiting for the whole file.
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      await new Promise((resolve) => setImmediate(resolve));
      const next = chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      // Links in it are built from this request's origin: not for shared caches.
      'Cache-Control': 'private, no-store',
      'Content-Disposition': `attachment; filename="${exportFileName(view, 'ics')}"`,
    },
  });
});

// Every other method: a 405 with the security headers.
export const POST = notAllowed('GET');
export const PUT = notAllowed('GET');
export const PATCH = notAllowed('GET');
export const DELETE = notAllowed('GET');
export const OPTIONS = options('GET');
