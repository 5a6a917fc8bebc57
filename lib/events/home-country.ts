import type { Article } from '../article/types';
import { findEntities } from '../lang/gazetteer';
import { own } from '../own';

/** Agencies and the country whose "President" they mean when they write just "the President". */
const AGENCY_COUNTRY: Record<string, string> = { KAZINFORM: 'kz', KAZTAG: 'kz', UZA: 'uz', DUNYO: 'uz', KABAR: 'kg' };

export function homeCountryOf(article: Article): string {
  const agency = article.dateline?.agency.toUpperCase() ?? '';
  // The corpus is Kazinform's: without a known agency, "the President" is Kazakhstan's.
  return own(AGENCY_COUNTRY, agency) ?? 'kz';
}

/** The gazetteer place of the dateline (`ТАШКЕНТ.` → tashkent), if it is one we know. */
export function placeIdForDateline(article: Article): string | null {
  if (!article.dateline) return null;
  const { start, end } = article.dateline;
  const hit = findEntities(article.text, start, end, article.language, article.script).find((e) => e.kind === 'place');
  return hit?.id ?? null;
}
