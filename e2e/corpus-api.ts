import type { APIRequestContext } from '@playwright/test';
import { en } from '../app/_i18n/en';

/** The shape of `GET /api/events` as the specs read it. */
export interface ApiEvent {
  id: string;
  type: string;
  title: string;
  start: string | null;
  end: string | null;
  when: string | null;
  before: string | null;
  status: 'announced' | 'reported';
  place: { id: string; name: string } | null;
  participants: { id: string; name: string; role: string; country: string | null }[];
  parent: string | null;
  sources: {
    articleId: string;
    start: number;
    end: number;
    quote: string;
    claim: { how: 'stated' | 'inherited' | 'none'; when: string | null };
  }[];
}

export interface ApiArticle {
  id: string;
  fileName: string;
  date: string;
  title: string;
  language: string;
  script: string;
  problems: string[];
  text: string;
  dateline: { place: string; agency: string } | null;
}

export async function apiEvents(request: APIRequestContext, lang = 'en'): Promise<ApiEvent[]> {
  const res = await request.get(`/api/events?lang=${lang}`);
  if (!res.ok()) throw new Error(`/api/events answered ${res.status()}`);
  return (await res.json()) as ApiEvent[];
}

export async function apiArticle(request: APIRequestContext, id: string): Promise<ApiArticle> {
  const res = await request.get(`/api/articles/${encodeURIComponent(id)}`);
  if (!res.ok()) throw new Error(`/api/articles/${id} answered ${res.status()}`);
  return (await res.json()) as ApiArticle;
}

/** The one event of a type (the seeds have one of each); fails loudly when extraction did not produce it. */
export function eventOfType(events: ApiEvent[], type: string): ApiEvent {
  const found = events.filter((e) => e.type === type);
  if (found.length !== 1)
    throw new Error(`expected one ${type} event, got ${found.map((e) => e.id).join(', ') || 'none'}`);
  return found[0] as ApiEvent;
}

/** The vis-timeline item (the coloured box) around an item's label. */
export const ITEM_FRAME = 'xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " vis-item ")][1]';

const utcDay = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
};

/** How the UI should write an event's date in a locale: Intl, as the app does, never a hand-made string. */
export function expectedDate(locale: string, start: string, end: string | null): string {
  const f = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  return end && end !== start ? f.formatRange(utcDay(start), utcDay(end)) : f.format(utcDay(start));
}

/**
 * The accessible name of an event's item on the timeline (English UI), up to its date: the title when it names the
 * type itself ("Tokayev's state visit …"), else the type and then the title ("Summit: VII Consultative …").
 */
export function itemName(event: Pick<ApiEvent, 'type' | 'title'>): string {
  const type = (en.eventTypes as Record<string, string>)[event.type] ?? event.type;
  return event.title.toLowerCase().includes(type.toLowerCase()) ? event.title : `${type}: ${event.title}`;
}

/** `itemName` as a pattern anchored at the start of the accessible name (which goes on with the date). */
export function itemNamePattern(event: Pick<ApiEvent, 'type' | 'title'>): RegExp {
  return new RegExp(`^${itemName(event).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}
