import { corpusStore } from '@/app/_lib/corpus';
import { eventHistory } from '@/app/_lib/corrections/correction-request';
import { apiRoute, notAllowed, options } from '@/app/_lib/security/api-route';

export const dynamic = 'force-dynamic';

/** `GET /api/events/<id>/history`: every correction of the event (who, when, why, in force or reverted), in order. */
export const GET = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  return eventHistory(corpusStore(), id);
});

export const POST = notAllowed('GET');
export const PUT = notAllowed('GET');
export const PATCH = notAllowed('GET');
export const DELETE = notAllowed('GET');
export const OPTIONS = options('GET');
