'use server';

import { redirect } from 'next/navigation';
import { isUiLocale } from '@/app/_i18n/dictionary';
import { signIn, signOut } from '@/app/_lib/editors/session';
import { localHref } from '@/app/_lib/view/locale';

/** Only a path of this app: a `next` of `//evil.example` or `https://…` would send the editor elsewhere. */
function safeNext(value: FormDataEntryValue | null): string {
  return typeof value === 'string' && /^\/(?![/\\])/.test(value) ? value : '/';
}

/** `next` in the language the editor was reading in (a link from a page in English goes back to it in English). */
function inLocale(next: string, locale: string): string {
  if (locale === 'kk' || /[?&]lang=/.test(next)) return next;
  return `${next}${next.includes('?') ? '&' : '?'}lang=${locale}`;
}

/** The sign-in form's action: works without JavaScript (a POST, then a redirect). */
export async function signInAction(form: FormData): Promise<void> {
  const name = String(form.get('name') ?? '').trim();
  const secret = String(form.get('secret') ?? '');
  const lang = form.get('lang');
  const locale = isUiLocale(lang) ? lang : 'kk';
  const next = safeNext(form.get('next'));
  const result = await signIn(name, secret);
  if (!result.ok) redirect(localHref('/sign-in', locale, { failed: '1', next }));
  redirect(inLocale(next, locale));
}

export async function signOutAction(form: FormData): Promise<void> {
  await signOut();
  redirect(safeNext(form.get('next')));
}
