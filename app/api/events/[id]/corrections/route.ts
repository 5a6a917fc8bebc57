import { corpusStore } from '@/app/_lib/corpus';
import { apiLang } from '@/app/_lib/api/lang-param';
import { handleCorrection } from '@/app/_lib/corrections/correction-request';
import { bearerToken, checkEditor } from '@/app/_lib/ingest/editor-auth';
import { csrfMatches, currentEditor } from '@/app/_lib/editors/session';
import { apiRoute, notAllowed, options } from '@/app/_lib/security/api-route';

export const dynamic = 'force-dynamic';

/**
 * `POST /api/events/<id>/corrections` (editors: a session with `X-CSRF-Token`, or `Authorization: Bearer <editor
 * token>`), JSON:
 * `{"op":"set","field":"when"|"type"|"title"|"place"|"participants"|"status","value":…,"reason":"…"}`,
 * `{"op":"confirm"}`, `{"op":"hide","reason":"…"}`, `{"op":"revert","correction":"<id>"}`; optional `"base"`: the
 * last correction of the event you saw. 201 with `{ id, event }`; 400 with `{ error }` when it cannot be applied.
 */
export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const parsed = apiLang(request);
  if ('error' in parsed) return parsed.error;
  const { id } = await params;
  // A signed-in editor's session, with the session's CSRF token in X-CSRF-Token (a page's script); else the
  // editor token (a script, another newsroom tool), recorded as made by `token`.
  const session = bearerToken(request.headers) ? null : await currentEditor();
  if (session) {
    if (!csrfMatches(session, request.headers.get('x-csrf-token')))
      return Response.json(
        { error: 'The CSRF token is missing or does not match your session: send it as X-CSRF-Token.' },
        { status: 403 },
      );
    return handleCorrection(request, corpusStore(), id, session.editor, parsed.lang);
  }
  if (!bearerToken(request.headers))
    return Response.json(
      { error: 'Sign in as an editor, or send an editor token as "Authorization: Bearer <token>".' },
      { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } },
    );
  const auth = checkEditor(request);
  if (!auth.ok) {
    const headers: Record<string, string> =
      auth.status === 401
        ? { 'WWW-Authenticate': 'Bearer' }
        : auth.retryAfter
          ? { 'Retry-After': String(auth.retryAfter) }
          : {};
    return Response.json(
      {
        error:
          auth.status === 401
            ? 'Sign in as an editor, or send an editor token as "Authorization: Bearer <token>".'
            : auth.error,
      },
      { status: auth.status, headers },
    );
  }
  return handleCorrection(request, corpusStore(), id, 'token', parsed.lang);
});

export const GET = notAllowed('POST');
export const PUT = notAllowed('POST');
export const PATCH = notAllowed('POST');
export const DELETE = notAllowed('POST');
export const OPTIONS = options('POST');
