import { getCorpus, corpusStore } from '@/app/_lib/corpus';
import { apiArticles } from '@/app/_lib/api/event-json';
import { checkEditor } from '@/app/_lib/ingest/editor-auth';
import { handleAdd } from '@/app/_lib/ingest/add-request';
import { apiRoute, notAllowed, options } from '@/app/_lib/security/api-route';

export const dynamic = 'force-dynamic';

/** `GET /api/articles`: every article read (with its problems) and every file that could not be read. */
export const GET = apiRoute(async () => {
  return Response.json(apiArticles(await getCorpus()));
});

/**
 * `POST /api/articles` (editors only: `Authorization: Bearer $JYLNAMA_EDITOR_TOKEN`), multipart form data:
 * `mode` = `preview` (nothing is written) or `save`; `text` (pasted) and/or `file` (one or more); `date` for plain
 * text. Answers `{ items: [...] }`, one per article; 401/403 without a valid token, 413 above 2 MB an article.
 */
export const POST = apiRoute(async (request: Request) => {
  const auth = checkEditor(request);
  if (!auth.ok) {
    const headers: Record<string, string> =
      auth.status === 401
        ? { 'WWW-Authenticate': 'Bearer' }
        : auth.retryAfter
          ? { 'Retry-After': String(auth.retryAfter) }
          : {};
    return Response.json({ error: auth.error }, { status: auth.status, headers });
  }
  const store = corpusStore();
  if (!store.readsFolder)
    return Response.json(
      {
        error:
          'This server serves the corpus in the database and does not read the articles folder (JYLNAMA_READ_FOLDER=off): add articles through a server that does.',
      },
      { status: 409 },
    );
  return handleAdd(
    request,
    store.dir,
    () => store.invalidate(),
    (name, bytes) => store.parse(name, bytes),
  );
});

// Every other method: a 405 with the security headers.
export const PUT = notAllowed('GET', 'POST');
export const PATCH = notAllowed('GET', 'POST');
export const DELETE = notAllowed('GET', 'POST');
export const OPTIONS = options('GET', 'POST');
