import { getArticle } from '@/app/_lib/corpus';
import { apiArticle } from '@/app/_lib/api/event-json';
import { apiRoute, notAllowed, options } from '@/app/_lib/security/api-route';

export const dynamic = 'force-dynamic';

/** `GET /api/articles/<id>`: one article with its full text, sentences, time expressions and event mentions. */
export const GET = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  // A route handler's params come decoded already (a page's do not): decoding again would turn `%41` into `A`.
  const analysed = await getArticle(id);
  if (!analysed) return Response.json({ error: `No article with id "${id.slice(0, 80)}".` }, { status: 404 });
  return Response.json(apiArticle(analysed));
});

// Every other method: a 405 with the security headers.
export const POST = notAllowed('GET');
export const PUT = notAllowed('GET');
export const PATCH = notAllowed('GET');
export const DELETE = notAllowed('GET');
export const OPTIONS = options('GET');
