'use server';

import { headers } from 'next/headers';
import { isUiLocale } from '@/app/_i18n/dictionary';
import { corpusStore } from '@/app/_lib/corpus';
import { addFromForm, type AddItem } from '@/app/_lib/ingest/add-request';
import { checkEditorToken } from '@/app/_lib/ingest/editor-auth';

export interface AddState {
  items: AddItem[] | null;
  error: string | null;
}

/**
 * The Add page's form action: a POST to the page itself, so that it works before (or without) JavaScript and the
 * token never travels in a URL. Next checks that the request comes from this origin; the token is checked (and
 * throttled) as the API checks it. With JavaScript the same action runs without a page load.
 */
export async function addArticles(_previous: AddState, form: FormData): Promise<AddState> {
  const token = form.get('token');
  form.delete('token');
  const auth = checkEditorToken(
    typeof token === 'string' ? token.trim() || undefined : undefined,
    await headers(),
    'the Add page',
  );
  if (!auth.ok) return { items: null, error: auth.error };
  const lang = form.get('lang');
  const store = corpusStore();
  if (!store.readsFolder)
    return {
      items: null,
      error:
        'This server serves the corpus in the database and does not read the articles folder: add articles through a server that does.',
    };
  const outcome = await addFromForm(
    form,
    store.dir,
    isUiLocale(lang) ? lang : 'en',
    () => store.invalidate(),
    (name, bytes) => store.parse(name, bytes),
  );
  return outcome.error ? { items: null, error: outcome.error } : { items: outcome.items ?? [], error: null };
}
