import { icsChunks } from '@/lib/export/ics';
import { exportRoute } from '@/app/_lib/api/export-route';
import { notAllowed, options } from '@/app/_lib/security/api-route';

export const dynamic = 'force-dynamic';

/** `GET /api/export.ics`: the filtered events as an iCalendar file. */
export const GET = exportRoute('ics', (events, t) => {
  const chunks = icsChunks(events, {
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
  return { body, contentType: 'text/calendar; charset=utf-8' };
});

// Every other method: a 405 with the security headers.
export const POST = notAllowed('GET');
export const PUT = notAllowed('GET');
export const PATCH = notAllowed('GET');
export const DELETE = notAllowed('GET');
export const OPTIONS = options('GET');
