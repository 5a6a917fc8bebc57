import { actorById, placeById } from '@/lib/lang/gazetteer';
import type { Dictionary, UiLocale } from '@/app/_i18n/types';

/** An actor's name in the UI language; an id the gazetteer does not know is shown as it is. */
export function actorName(id: string, locale: UiLocale): string {
  return actorById(id)?.names[locale] ?? id;
}

export function actorCountry(id: string): string | null {
  return actorById(id)?.country ?? null;
}

/** A country's name in the UI language: the gazetteer's, else the platform's name of the region, else the code. */
export function countryName(code: string, t: Dictionary): string {
  const actor = actorById(code);
  if (actor) return actor.names[t.locale];
  try {
    return new Intl.DisplayNames([t.locale], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

export function placeName(id: string, locale: UiLocale): string {
  return placeById(id)?.names[locale] ?? id;
}
