import { getCorpus } from '@/app/_lib/corpus-store';
import { apiArticles } from '@/app/_lib/api-shape';

export const dynamic = 'force-dynamic';

/** `GET /api/articles`: every article read (with its problems) and every file that could not be read. */
export async function GET() {
  return Response.json(apiArticles(await getCorpus()));
}
