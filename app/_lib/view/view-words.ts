import 'server-only';
import type { Dictionary } from '@/app/_i18n/types';
import { fill } from '@/app/_i18n/dictionary';
import { formatIsoRange } from './dates';
import { actorName, placeName } from './names';
import type { Slide } from '@/app/_lib/present/slides';
import { countryName } from './names';
import type { ViewState } from './view-state';

/** The active filters and search in words (`Event type: Summit; Country: Uzbekistan`), or that there are none. */
export function filtersInWords(view: ViewState, t: Dictionary): string {
  const f = t.filters;
  const parts: string[] = [];
  if (view.types.length > 0) parts.push(`${f.type}: ${view.types.map((x) => t.eventTypes[x]).join(', ')}`);
  if (view.countries.length > 0) parts.push(`${f.country}: ${view.countries.map((c) => countryName(c, t)).join(', ')}`);
  if (view.persons.length > 0) parts.push(`${f.person}: ${view.persons.map((p) => actorName(p, t.locale)).join(', ')}`);
  if (view.places.length > 0) parts.push(`${f.place}: ${view.places.map((p) => placeName(p, t.locale)).join(', ')}`);
  if (view.q.trim() !== '') parts.push(`${f.searchShort}: “${view.q.trim()}”`);
  return parts.length === 0 ? t.print.noFilters : fill(t.print.filters, { filters: parts.join('; ') });
}

/**
 * The period a briefing covers, in words: the view's window when it names one, else from its first event to its
 * last; null when it has no dated event.
 */
export function periodInWords(view: ViewState, slides: Slide[], t: Dictionary): string | null {
  if (view.from !== null && view.to !== null) {
    const [from, to] = [view.from.slice(0, 10), view.to.slice(0, 10)];
    return formatIsoRange(from, to === from ? null : to, t.locale);
  }
  const first = slides[0]?.view.dateTime;
  const last = slides[slides.length - 1]?.view.dateTime;
  if (!first || !last) return null;
  return formatIsoRange(
    first.slice(0, 10),
    last.slice(0, 10) === first.slice(0, 10) ? null : last.slice(0, 10),
    t.locale,
  );
}
