import { corpusStore } from '@/app/_lib/corpus-store';
import { apiLang } from '@/app/_lib/api-lang';
import { handleCorrection } from '@/app/_lib/corrections/correction-request';
import { checkEditor } from '@/app/_lib/ingest/editor-auth';
import { apiRoute, notAllowed, options } from '@/app/_lib/security/api-route';

export const dynamic = 'force-dynamic';

/**
 * `POST /api/events/<id>/corrections` (editors: `Authorization: Bearer <editor token>`), JSON:
 * `{"op":"set","field":"when"|"type"|"title"|"place"|"participants"|"status","value":…,"reason":"…"}`,
 * `{"op":"confirm"}`, `{"op":"hide","reason":"…"}`, `{"op":"revert","correction":"<id>"}`; optional `"base"`: the
 * last correction of the event you saw. 201 with `{ id, event }`; 400 with `{ error }` when it cannot be applied.
 */
export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const auth = checkEditor(request);
  if (!auth.ok) {
    const headers: Record<string, string> = auth.status === 401 ? { 'WWW-Authenticate': 'Bearer' } : auth.retryAfter ? { 'Retry-After': String(auth.retryAfter) } : {};
    return Response.json({ error: auth.error }, { status: auth.status, headers });
  }
  const parsed = apiLang(request);
  if ('error' in parsed) return parsed.error;
  const { id } = await params;
  // Made with the editor token (a script, another newsroom tool): recorded as made by `token`.
  return handleCorrection(request, corpusStore(), id, 'token', parsed.lang);
});

export const GET = notAllowed('POST');
export const PUT = notAllowed('POST');
export const PATCH = notAllowed('POST');
export const DELETE = notAllowed('POST');
export const OPTIONS = options('POST');
