import { toCsv } from '@/lib/export/csv';
import { exportRoute } from '@/app/_lib/api/export-route';
import { notAllowed, options } from '@/app/_lib/security/api-route';

export const dynamic = 'force-dynamic';

/** `GET /api/export.csv`: the filtered events as a spreadsheet (UTF-8, formula-safe). */
export const GET = exportRoute('csv', (events, t) => ({
  body: toCsv(events, { headings: t.exportColumns }),
  contentType: 'text/csv; charset=utf-8',
}));

// Every other method: a 405 with the security headers.
export const POST = notAllowed('GET');
export const PUT = notAllowed('GET');
export const PATCH = notAllowed('GET');
export const DELETE = notAllowed('GET');
export const OPTIONS = options('GET');
