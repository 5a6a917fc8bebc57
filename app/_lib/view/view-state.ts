import { EVENT_TYPES, type EventType } from '@/lib/events/types';
import { own } from '@/lib/own';
import type { EventFilter } from '@/lib/corpus/filter';

/**
 * What a timeline URL holds: the visible window, the selected event, the filters, the search and the lane mode
 * (`/?from=2025-11-10&to=2025-11-20&event=…&type=state-visit&country=uz&q=Ташкент&lanes=country`). The UI
 * language stays in `lang`, read elsewhere. Pure: the server, the client and the export routes read it alike.
 */
export interface ViewState {
  /** Visible window, local calendar time: `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`. */
  from: string | null;
  to: string | null;
  event: string | null;
  types: EventType[];
  countries: string[];
  persons: string[];
  places: string[];
  q: string;
  lanes: LaneMode;
}

export type LaneMode = 'single' | 'country';

export const EMPTY_VIEW: ViewState = {
  from: null,
  to: null,
  event: null,
  types: [],
  countries: [],
  persons: [],
  places: [],
  q: '',
  lanes: 'single',
};

/** The URL parameters a view owns; everything else in a query (lang, step) is left alone when a view is written. */
export const VIEW_PARAMS = ['from', 'to', 'event', 'type', 'country', 'person', 'place', 'q', 'lanes'] as const;

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function all(params: Params, name: string): string[] {
  const raw = params instanceof URLSearchParams ? params.getAll(name) : [params[name] ?? []].flat();
  return raw
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function one(params: Params, name: string): string | null {
  return all(params, name)[0] ?? null;
}

const ID = /^[\p{L}\p{N}._-]{1,120}$/u;
const WINDOW = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/;
const MAX_VALUES = 20;

const ids = (values: string[]) => [...new Set(values.filter((v) => ID.test(v)))].slice(0, MAX_VALUES);

/** `visit` names the whole visit family (state, official, working, informal and plain visits). */
const TYPE_FAMILIES: Record<string, readonly EventType[]> = {
  visit: ['state-visit', 'official-visit', 'working-visit', 'informal-visit', 'visit'],
};

function types(values: string[]): EventType[] {
  const out = new Set<EventType>();
  for (const v of values) {
    const family = own(TYPE_FAMILIES, v);
    if (family) for (const t of family) out.add(t);
    else if ((EVENT_TYPES as readonly string[]).includes(v)) out.add(v as EventType);
  }
  return [...out];
}

function windowValue(value: string | null): string | null {
  return value !== null && WINDOW.test(value) && !Number.isNaN(Date.parse(value)) ? value : null;
}

/** Reads a view from a query; values that are malformed are dropped rather than trusted. */
export function parseView(params: Params): ViewState {
  let from = windowValue(one(params, 'from'));
  let to = windowValue(one(params, 'to'));
  if (from === null || to === null || Date.parse(from) >= Date.parse(to)) from = to = null;
  const event = one(params, 'event');
  return {
    from,
    to,
    event: event !== null && event.length <= 200 ? event : null,
    types: types(all(params, 'type')),
    countries: ids(all(params, 'country')),
    persons: ids(all(params, 'person')),
    places: ids(all(params, 'place')),
    q: (one(params, 'q') ?? '').slice(0, 200),
    lanes: one(params, 'lanes') === 'country' ? 'country' : 'single',
  };
}

/** The view's own parameters, in a fixed order, with defaults left out. */
export function viewEntries(view: ViewState, { window = true, event = true } = {}): [string, string][] {
  const out: [string, string][] = [];
  if (window && view.from !== null && view.to !== null) out.push(['from', view.from], ['to', view.to]);
  if (event && view.event !== null) out.push(['event', view.event]);
  if (view.types.length > 0) out.push(['type', view.types.join(',')]);
  if (view.countries.length > 0) out.push(['country', view.countries.join(',')]);
  if (view.persons.length > 0) out.push(['person', view.persons.join(',')]);
  if (view.places.length > 0) out.push(['place', view.places.join(',')]);
  if (view.q.trim() !== '') out.push(['q', view.q.trim()]);
  if (view.lanes !== 'single') out.push(['lanes', view.lanes]);
  return out;
}

/** `base` with the view's parameters replaced by those of `view` (lang and anything else kept). */
export function withView(
  base: URLSearchParams,
  view: ViewState,
  options?: { window?: boolean; event?: boolean },
): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of base) if (!(VIEW_PARAMS as readonly string[]).includes(k)) out.append(k, v);
  const lang = out.get('lang');
  const rest = [...out].filter(([k]) => k !== 'lang');
  const result = new URLSearchParams([...viewEntries(view, options), ...rest]);
  if (lang !== null) result.set('lang', lang);
  return result;
}

/** The events a view keeps, whatever its window: its filters and its search (a view never asks for a status). */
export function viewFilter(view: ViewState): EventFilter {
  return {
    types: view.types,
    countries: view.countries,
    persons: view.persons,
    places: view.places,
    status: null,
    q: view.q,
  };
}

/** The window a view names, as whole days; null when it names none. */
export function viewDays(view: ViewState): { from: string; to: string } | null {
  return view.from !== null && view.to !== null ? { from: view.from.slice(0, 10), to: view.to.slice(0, 10) } : null;
}

/** True when any filter or the search narrows the events shown. */
export function isFiltered(view: ViewState): boolean {
  return (
    view.types.length + view.countries.length + view.persons.length + view.places.length > 0 || view.q.trim() !== ''
  );
}

/** Same filters and search (not window, selection or lanes): whether two views show the same events. */
export function filterKey(view: ViewState): string {
  return JSON.stringify([view.types, view.countries, view.persons, view.places, view.q.trim()]);
}

/** A window value for the URL: whole days when the edges sit on midnight, otherwise to the minute. */
export function windowParam(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return date.getHours() === 0 && date.getMinutes() === 0
    ? day
    : `${day}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Reads a window value as local time (vis-timeline draws in local time). */
export function windowDate(value: string): Date {
  const [d, time] = value.split('T') as [string, string | undefined];
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  const [h, min] = (time ?? '00:00').split(':').map(Number) as [number, number];
  return new Date(y, m - 1, day, h, min);
}
