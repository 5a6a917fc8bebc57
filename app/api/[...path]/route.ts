import { withApiHeaders } from '@/app/_lib/security/api-route';

export const dynamic = 'force-dynamic';

/** Any other address under /api/: a 404 in JSON with the security headers, whatever the method. */
function unknown(request: Request): Response {
  const path = new URL(request.url).pathname.slice(0, 120);
  return withApiHeaders(
    Response.json(
      {
        error: `No such API: ${path}. Known: /api/events, /api/articles, /api/articles/<id>, /api/export.json, /api/export.csv, /api/export.ics.`,
      },
      { status: 404 },
    ),
  );
}

export const GET = unknown;
export const HEAD = unknown;
export const POST = unknown;
export const PUT = unknown;
export const PATCH = unknown;
export const DELETE = unknown;
export const OPTIONS = unknown;
