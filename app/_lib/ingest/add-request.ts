import { mergeAnalysed } from '@/lib/corpus/build-corpus';
import { isUiLocale } from '@/app/_i18n/dictionary';
import { apiEvent } from '@/app/_lib/api/event-json';
import type { FileAnalysis } from '@/lib/corpus/build-corpus';
import { MAX_ARTICLE_BYTES, prepareArticle, prepareArticleWith, type IncomingArticle, type Prepared } from './prepare';

/** Who parses: the store's threads in the server; this thread in tests and on the command line. */
type Analyse = (fileName: string, bytes: Uint8Array) => Promise<FileAnalysis>;
import { existingArticles, saveArticle } from './save';

export const MAX_ITEMS = 20;
/** The whole request: every article at its limit, plus room for the form's own bytes. */
export const MAX_REQUEST_BYTES = MAX_ITEMS * MAX_ARTICLE_BYTES + 64 * 1024;

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

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

function describe(p: Extract<Prepared, { ok: true }>, lang: 'kk' | 'en' | 'ru'): AddItem {
  const events = mergeAnalysed([p.analysed], []).events.map((e) => apiEvent(e, lang));
  const { title, date } = p.analysed.article;
  return {
    source: p.source,
    ok: true,
    status: 'preview',
    fileName: p.fileName,
    encoding: p.encoding,
    notes: p.notes,
    title,
    date,
    events,
  };
}

/** What adding gives back: one item per article, or why nothing was done (with the HTTP status it means). */
export type AddOutcome = { status: number; mode?: 'preview' | 'save'; items?: AddItem[]; error?: string };

const tooLarge = (bytes: number) =>
  `The request is more than ${mb(bytes)}; at most ${MAX_ITEMS} articles of ${mb(MAX_ARTICLE_BYTES)} each are accepted at once.`;

/**
 * `POST /api/articles`: the body is counted while it streams and cut at the limit (a chunked upload of 300 MB is
 * refused after 40, not buffered whole), then read as a form.
 */
export async function handleAdd(
  request: Request,
  dir: string,
  saved: () => void,
  analyse?: Analyse,
): Promise<Response> {
  const length = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(length) && length > MAX_REQUEST_BYTES)
    return Response.json({ error: tooLarge(MAX_REQUEST_BYTES) }, { status: 413 });
  const type = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data|^application\/x-www-form-urlencoded/.test(type)) {
    return Response.json(
      { error: 'Send the article as multipart/form-data (fields: mode, text, file, date).' },
      { status: 415 },
    );
  }
  const body = await readLimited(request, MAX_REQUEST_BYTES);
  if (body === 'too large') return Response.json({ error: tooLarge(MAX_REQUEST_BYTES) }, { status: 413 });
  let form: FormData;
  try {
    form = await new Response(body, { headers: { 'Content-Type': type } }).formData();
  } catch {
    return Response.json({ error: 'The form data could not be read.' }, { status: 400 });
  }
  const lang = new URL(request.url).searchParams.get('lang');
  const outcome = await addFromForm(form, dir, isUiLocale(lang) ? lang : 'en', saved, analyse);
  return Response.json(outcome.error ? { error: outcome.error } : { mode: outcome.mode, items: outcome.items }, {
    status: outcome.status,
  });
}

/** The request's body, or 'too large' as soon as more than `max` bytes have come (the rest is not read). */
export async function readLimited(request: Request, max: number): Promise<Uint8Array<ArrayBuffer> | 'too large'> {
  if (!request.body) return new Uint8Array(new ArrayBuffer(0));
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => {});
      return 'too large';
    }
    chunks.push(value);
  }
  const out = new Uint8Array(new ArrayBuffer(total));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** The Add form's fields (mode, text, file, date), prepared, previewed or saved: the API's and the page's action's core. */
export async function addFromForm(
  form: FormData,
  dir: string,
  locale: 'kk' | 'en' | 'ru',
  saved: () => void,
  analyse?: Analyse,
): Promise<AddOutcome> {
  const mode = form.get('mode') ?? 'preview';
  if (mode !== 'preview' && mode !== 'save') return { status: 400, error: '"mode" must be preview or save.' };
  const dateField = form.get('date');
  const date = typeof dateField === 'string' && dateField.trim() !== '' ? dateField.trim() : null;

  const incoming: IncomingArticle[] = [];
  const text = form.get('text');
  if (typeof text === 'string' && text.trim() !== '')
    incoming.push({ source: 'pasted text', bytes: new TextEncoder().encode(text), date });
  for (const file of form.getAll('file')) {
    // An empty file input still sends a part: nameless, or named `blob` once a form action has decoded it.
    if (
      typeof file === 'string' ||
      (file.size === 0 && (file.name === '' || file.name === 'blob' || file.name === 'undefined'))
    )
      continue;
    const name = file.name.replace(/[\u0000-\u001f]/g, '').slice(0, 200) || 'file';
    if (file.size > MAX_ARTICLE_BYTES) {
      return {
        status: 413,
        error: `"${name}" is ${mb(file.size)}; the limit is ${mb(MAX_ARTICLE_BYTES)} per article. Nothing was saved.`,
      };
    }
    incoming.push({ source: name, bytes: new Uint8Array(await file.arrayBuffer()), date });
  }
  if (incoming.length === 0) return { status: 400, error: 'Nothing to add: paste the text or choose a file.' };
  if (incoming.length > MAX_ITEMS)
    return { status: 413, error: `At most ${MAX_ITEMS} articles at once; ${incoming.length} were sent.` };
  const textItem = incoming.find((i) => i.source === 'pasted text');
  if (textItem && textItem.bytes.length > MAX_ARTICLE_BYTES) {
    return {
      status: 413,
      error: `The pasted text is ${mb(textItem.bytes.length)}; the limit is ${mb(MAX_ARTICLE_BYTES)} per article. Nothing was saved.`,
    };
  }

  const prepared = analyse
    ? await Promise.all(incoming.map((i) => prepareArticleWith(i, analyse)))
    : incoming.map(prepareArticle);
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
  return { status: items.some((i) => i.ok) ? 200 : 422, mode, items };
}
