import { mergeAnalysed } from '@/lib/corpus/build-corpus';
import { isUiLocale } from '@/app/_i18n/dictionary';
import { apiEvent } from '../api-shape';
import { MAX_ARTICLE_BYTES, prepareArticle, type IncomingArticle, type Prepared } from './prepare';
import { existingArticles, saveArticle } from './save';

export const MAX_ITEMS = 20;
/** The whole request: every article at its limit, plus room for the form's own bytes. */
const MAX_REQUEST_BYTES = MAX_ITEMS * MAX_ARTICLE_BYTES + 64 * 1024;

export interface AddItem {
  source: string;
  ok: boolean;
  status: 'preview' | 'added' | 'skipped' | 'rejected';
  reason?: string;
  fileName?: string;
  encoding?: string;
  notes?: string[];
  title?: string;
  date?: string;
  events?: ReturnType<typeof apiEvent>[];
}

const error = (status: number, message: string) => Response.json({ error: message }, { status });
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

function describe(p: Extract<Prepared, { ok: true }>, lang: 'kk' | 'en' | 'ru'): AddItem {
  const events = mergeAnalysed([p.analysed], []).events.map((e) => apiEvent(e, lang));
  const { title, date } = p.analysed.article;
  return { source: p.source, ok: true, status: 'preview', fileName: p.fileName, encoding: p.encoding, notes: p.notes, title, date, events };
}

/** The Add page's request: read the form within the limits, prepare every article, preview or save them. */
export async function handleAdd(request: Request, dir: string, saved: () => void): Promise<Response> {
  const length = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(length) && length > MAX_REQUEST_BYTES) {
    return error(413, `The request is ${mb(length)}; at most ${MAX_ITEMS} articles of ${mb(MAX_ARTICLE_BYTES)} each are accepted at once.`);
  }
  const type = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data|^application\/x-www-form-urlencoded/.test(type)) {
    return error(415, 'Send the article as multipart/form-data (fields: mode, text, file, date).');
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return error(400, 'The form data could not be read.');
  }
  const mode = form.get('mode') ?? 'preview';
  if (mode !== 'preview' && mode !== 'save') return error(400, '"mode" must be preview or save.');
  const lang = new URL(request.url).searchParams.get('lang');
  const locale = isUiLocale(lang) ? lang : 'en';
  const dateField = form.get('date');
  const date = typeof dateField === 'string' && dateField.trim() !== '' ? dateField.trim() : null;

  const incoming: IncomingArticle[] = [];
  const text = form.get('text');
  if (typeof text === 'string' && text.trim() !== '') incoming.push({ source: 'pasted text', bytes: new TextEncoder().encode(text), date });
  for (const file of form.getAll('file')) {
    if (typeof file === 'string' || (file.size === 0 && file.name === '')) continue;
    const name = file.name.replace(/[\u0000-\u001f]/g, '').slice(0, 200) || 'file';
    if (file.size > MAX_ARTICLE_BYTES) {
      return error(413, `"${name}" is ${mb(file.size)}; the limit is ${mb(MAX_ARTICLE_BYTES)} per article. Nothing was saved.`);
    }
    incoming.push({ source: name, bytes: new Uint8Array(await file.arrayBuffer()), date });
  }
  if (incoming.length === 0) return error(400, 'Nothing to add: paste the text or choose a file.');
  if (incoming.length > MAX_ITEMS) return error(413, `At most ${MAX_ITEMS} articles at once; ${incoming.length} were sent.`);
  const textItem = incoming.find((i) => i.source === 'pasted text');
  if (textItem && textItem.bytes.length > MAX_ARTICLE_BYTES) {
    return error(413, `The pasted text is ${mb(textItem.bytes.length)}; the limit is ${mb(MAX_ARTICLE_BYTES)} per article. Nothing was saved.`);
  }

  const prepared = incoming.map(prepareArticle);
  const items: AddItem[] = [];
  const existing = mode === 'save' ? await existingArticles(dir) : null;
  for (const p of prepared) {
    if (!p.ok) {
      items.push({ source: p.source, ok: false, status: 'rejected', reason: p.reason });
      continue;
    }
    const item = describe(p, locale);
    if (existing) {
      try {
        const result = await saveArticle(dir, p, existing);
        item.status = result.status;
        item.fileName = result.fileName;
      } catch (e) {
        items.push({ source: p.source, ok: false, status: 'rejected', reason: (e as Error).message });
        continue;
      }
    }
    items.push(item);
  }
  if (items.some((i) => i.status === 'added')) saved();
  return Response.json({ mode, items }, { status: items.some((i) => i.ok) ? 200 : 422 });
}
