import type { Dictionary, UiLocale } from './types';
import { en } from './en';
import { kk } from './kk';
import { ru } from './ru';

export const UI_LOCALES = ['kk', 'en', 'ru'] as const satisfies readonly UiLocale[];
export const DEFAULT_LOCALE: UiLocale = 'kk';

const dictionaries: Record<UiLocale, Dictionary> = { kk, en, ru };

export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === 'string' && (UI_LOCALES as readonly string[]).includes(value);
}

export function getDictionary(locale: UiLocale): Dictionary {
  return dictionaries[locale];
}

/** Fills `{name}` placeholders: `fill('Showing {range}', { range })`. Unknown names are left as they are. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
