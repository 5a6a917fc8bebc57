import { toTimelineJs } from '@/lib/export/timelinejs';
import { exportRoute } from '@/app/_lib/api/export-route';
import { notAllowed, options } from '@/app/_lib/security/api-route';

export const dynamic = 'force-dynamic';

/** `GET /api/export.json`: the filtered events in TimelineJS's JSON format. */
export const GET = exportRoute('json', (events, t) => ({
  body: JSON.stringify(
    toTimelineJs(events, {
      headline: t.app.name,
      text: t.app.tagline,
      labels: { sources: t.details.sources, open: t.details.permalink },
    }),
  ),
  contentType: 'application/json',
}));

// Every other method: a 405 with the security headers.
export const POST = notAllowed('GET');
export const PUT = notAllowed('GET');
export const PATCH = notAllowed('GET');
export const DELETE = notAllowed('GET');
export const OPTIONS = options('GET');
