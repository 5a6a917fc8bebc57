import { findArticle } from '@/lib/corpus/query';
import { getCorpus } from '@/app/_lib/corpus-store';
import { apiArticle } from '@/app/_lib/api-shape';
import { decodeParam } from '@/app/_lib/params';
import { apiRoute } from '@/app/_lib/security/api-route';

export const dynamic = 'force-dynamic';

/** `GET /api/articles/<id>`: one article with its full text, sentences, time expressions and event mentions. */
export const GET = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const analysed = findArticle(await getCorpus(), decodeParam(id));
  if (!analysed) return Response.json({ error: `No article with id "${id.slice(0, 80)}".` }, { status: 404 });
  return Response.json(apiArticle(analysed));
});
