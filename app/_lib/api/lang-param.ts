import { UI_LOCALES, isUiLocale } from '@/app/_i18n/dictionary';
import type { UiLocale } from '@/app/_i18n/types';

/** `?lang=` of an API request: the locale, or a 400 response explaining what is accepted. Default `en`. */
export function apiLang(request: Request): { lang: UiLocale } | { error: Response } {
  const value = new URL(request.url).searchParams.get('lang') ?? 'en';
  if (isUiLocale(value)) return { lang: value };
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return {
    error: Response.json(
      { error: `Unsupported lang "${shown}". Use one of: ${UI_LOCALES.join(', ')}.` },
      { status: 400 },
    ),
  };
}
