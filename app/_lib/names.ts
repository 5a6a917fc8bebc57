import { actorById, placeById } from '@/lib/lang/gazetteer';
import type { UiLocale } from '@/app/_i18n/types';

/** An actor's name in the UI language; an id the gazetteer does not know is shown as it is. */
export function actorName(id: string, locale: UiLocale): string {
  return actorById(id)?.names[locale] ?? id;
}

export function actorCountry(id: string): string | null {
  return actorById(id)?.country ?? null;
}

export function placeName(id: string, locale: UiLocale): string {
  return placeById(id)?.names[locale] ?? id;
}
