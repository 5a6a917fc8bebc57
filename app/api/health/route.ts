import { corpusDatabase, corpusStore } from '@/app/_lib/corpus';
import { healthOf } from '@/app/_lib/db/health';
import { apiRoute, notAllowed, options } from '@/app/_lib/security/api-route';

export const dynamic = 'force-dynamic';

/** `GET /api/health`: 200 when this server can serve (database reachable, schema current, a corpus loaded), else 503. */
export const GET = apiRoute(async () => {
  const store = corpusStore();
  // Starts the corpus on a server nobody has asked yet; the answer does not wait for it.
  void store.get().catch(() => {});
  const health = await healthOf(store, corpusDatabase());
  return Response.json(health, {
    status: health.status === 'ok' ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  });
});

export const POST = notAllowed('GET');
export const PUT = notAllowed('GET');
export const PATCH = notAllowed('GET');
export const DELETE = notAllowed('GET');
export const OPTIONS = options('GET');
