import 'server-only';
import type { ExportEvent } from '@/lib/export/types';
import { getDictionary } from '@/app/_i18n/dictionary';
import type { Dictionary } from '@/app/_i18n/types';
import { getCorpus } from '@/app/_lib/corpus';
import { publicOrigin } from '@/app/_lib/security/origin';
import { apiRoute } from '@/app/_lib/security/api-route';
import { apiLang } from './lang-param';
import { exportEvents, exportFileName, exportView } from './export-data';

/** What an export format makes of the events: the file's body and its media type. */
export interface ExportFile {
  body: BodyInit;
  contentType: string;
}

/**
 * The `GET` of an export route (`/api/export.<ext>?type=…&country=…&q=…&lang=…`): the language, the view's events
 * with their links, and a download named after the filters. Each format only writes its file.
 */
export function exportRoute(ext: string, write: (events: ExportEvent[], t: Dictionary) => ExportFile) {
  return apiRoute(async (request: Request) => {
    const parsed = apiLang(request);
    if ('error' in parsed) return parsed.error;
    const t = getDictionary(parsed.lang);
    const view = exportView(request);
    const { body, contentType } = write(exportEvents(await getCorpus(), view, t, await publicOrigin()), t);
    return new Response(body, {
      headers: {
        'Content-Type': contentType,
        // Links in it are built from this request's origin: not for shared caches.
        'Cache-Control': 'private, no-store',
        'Content-Disposition': `attachment; filename="${exportFileName(view, ext)}"`,
      },
    });
  });
}
