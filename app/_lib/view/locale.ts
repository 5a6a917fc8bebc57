import 'server-only';
import { headers } from 'next/headers';
import { DEFAULT_LOCALE, isUiLocale } from '@/app/_i18n/dictionary';
import type { UiLocale } from '@/app/_i18n/types';
import { LOCALE_HEADER } from './locale-header';

export type SearchParams = Record<string, string | string[] | undefined>;

/** The UI locale named by `?lang=`; anything else (missing, repeated, unknown) falls back to the default. */
export function localeFromSearch(search: SearchParams): UiLocale {
  const value = search.lang;
  return isUiLocale(value) ? value : DEFAULT_LOCALE;
}

/** For layouts and not-found pages, which get no search params: the locale proxy.ts read from the URL. */
export async function requestLocale(): Promise<UiLocale> {
  const value = (await headers()).get(LOCALE_HEADER);
  return isUiLocale(value) ? value : DEFAULT_LOCALE;
}

/** A link that keeps the UI language: `/events/x` → `/events/x?lang=en` (the default locale adds nothing). */
export function localHref(path: string, locale: UiLocale, params: Record<string, string> = {}): string {
  const [pathname, hash] = path.split('#', 2) as [string, string | undefined];
  const query = new URLSearchParams(params);
  if (locale !== DEFAULT_LOCALE) query.set('lang', locale);
  const qs = query.toString();
  return `${pathname}${qs ? `?${qs}` : ''}${hash === undefined ? '' : `#${hash}`}`;
}
