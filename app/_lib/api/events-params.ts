import { EVENT_TYPES, type EventType } from '@/lib/events/types';
import { isRealDate } from '@/lib/article/header';
import { own } from '@/lib/own';
import type { EventFilter } from '@/lib/corpus/filter';

/**
 * The query of `GET /api/events`, validated. Every parameter is optional:
 *   from, to   the visible window, `YYYY-MM-DD` (a time `THH:mm` after it is accepted and ignored); both or neither
 *   type       event types, comma separated or repeated (`visit` names the whole visit family)
 *   country, person, place   ids, any of the values matches (as the timeline's filters)
 *   status     announced | reported
 *   q          words that must all occur in a title, source sentence or name (as the timeline's search), at most 200
 *              chars; the events then come best match first, each with `match` (search/rank.ts)
 *   limit      1…5000: above this many events in the window, counts per bucket come back instead of events
 *   buckets    1…200 (default 100): about how many periods the counts of an over-limit window come in
 *   shape      full (default: the evidence too) | timeline (what the timeline draws, labels in `lang`)
 * A bad value is an error message for a 400, never something silently widened.
 */
export interface EventsQuery extends EventFilter {
  from: string | null;
  to: string | null;
  types: EventType[];
  countries: string[];
  persons: string[];
  places: string[];
  limit: number;
  buckets: number;
  shape: 'full' | 'timeline';
  /** True when any window or filter parameter was given: the answer is then a window object, not the plain list. */
  windowed: boolean;
}

export const DEFAULT_LIMIT = 500;
export const MAX_LIMIT = 5000;
const DEFAULT_BUCKETS = 100;
const MAX_BUCKETS = 200;
const MAX_VALUES = 20;
const ID = /^[\p{L}\p{N}._-]{1,120}$/u;
const DAY = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2})?)?$/;

const TYPE_FAMILIES: Record<string, readonly EventType[]> = {
  visit: ['state-visit', 'official-visit', 'working-visit', 'informal-visit', 'visit'].filter((t): t is EventType =>
    (EVENT_TYPES as readonly string[]).includes(t),
  ),
};

const KNOWN = new Set([
  'lang',
  'from',
  'to',
  'type',
  'country',
  'person',
  'place',
  'status',
  'q',
  'limit',
  'buckets',
  'shape',
]);
const MAX_QUERY = 200;

const show = (v: string) => JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);

function values(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function day(params: URLSearchParams, name: string): { value: string | null } | { error: string } {
  const all = params.getAll(name);
  if (all.length === 0) return { value: null };
  if (all.length > 1) return { error: `"${name}" is given ${all.length} times; give it once.` };
  const raw = all[0]!.trim();
  const m = DAY.exec(raw);
  if (!m) return { error: `"${name}" must be a date YYYY-MM-DD, not ${show(raw)}.` };
  if (!isRealDate(Number(m[1]), Number(m[2]), Number(m[3])))
    return { error: `"${name}" ${show(raw)} is not a real calendar date.` };
  return { value: `${m[1]}-${m[2]}-${m[3]}` };
}

function ids(params: URLSearchParams, name: string): { value: string[] } | { error: string } {
  const list = [...new Set(values(params, name))];
  const bad = list.find((v) => !ID.test(v));
  if (bad !== undefined)
    return { error: `"${name}" ${show(bad)} is not an id (letters, digits, '.', '_' and '-', at most 120).` };
  if (list.length > MAX_VALUES)
    return { error: `"${name}" has ${list.length} values; at most ${MAX_VALUES} are allowed.` };
  return { value: list };
}

export function parseEventsQuery(params: URLSearchParams): { query: EventsQuery } | { error: string } {
  const unknown = [...new Set(params.keys())].filter((k) => !KNOWN.has(k));
  if (unknown.length > 0) {
    return { error: `Unknown parameter ${show(unknown[0]!)}. Known: ${[...KNOWN].join(', ')}.` };
  }
  const from = day(params, 'from');
  if ('error' in from) return from;
  const to = day(params, 'to');
  if ('error' in to) return to;
  if ((from.value === null) !== (to.value === null)) return { error: 'Give both "from" and "to", or neither.' };
  if (from.value !== null && to.value !== null && from.value > to.value) {
    return { error: `"from" (${from.value}) is after "to" (${to.value}).` };
  }

  const types = new Set<EventType>();
  for (const v of values(params, 'type')) {
    const family = own(TYPE_FAMILIES, v);
    if (family) family.forEach((t) => types.add(t));
    else if ((EVENT_TYPES as readonly string[]).includes(v)) types.add(v as EventType);
    else return { error: `Unknown event type ${show(v)}. Use one of: visit, ${EVENT_TYPES.join(', ')}.` };
  }
  const countries = ids(params, 'country');
  if ('error' in countries) return countries;
  const persons = ids(params, 'person');
  if ('error' in persons) return persons;
  const places = ids(params, 'place');
  if ('error' in places) return places;

  const statusRaw = params.get('status');
  if (statusRaw !== null && statusRaw !== 'announced' && statusRaw !== 'reported') {
    return { error: `"status" must be announced or reported, not ${show(statusRaw)}.` };
  }

  const q = params.getAll('q').join(' ').trim();
  if (q.length > MAX_QUERY) return { error: `"q" is ${q.length} characters long; at most ${MAX_QUERY} are allowed.` };

  const shapeRaw = params.get('shape') ?? 'full';
  if (shapeRaw !== 'full' && shapeRaw !== 'timeline')
    return { error: `"shape" must be full or timeline, not ${show(shapeRaw)}.` };

  let limit = DEFAULT_LIMIT;
  const limitRaw = params.get('limit');
  if (limitRaw !== null) {
    if (!/^\d{1,6}$/.test(limitRaw) || Number(limitRaw) < 1 || Number(limitRaw) > MAX_LIMIT) {
      return { error: `"limit" must be a whole number from 1 to ${MAX_LIMIT}, not ${show(limitRaw)}.` };
    }
    limit = Number(limitRaw);
  }

  let buckets = DEFAULT_BUCKETS;
  const bucketsRaw = params.get('buckets');
  if (bucketsRaw !== null) {
    if (!/^\d{1,3}$/.test(bucketsRaw) || Number(bucketsRaw) < 1 || Number(bucketsRaw) > MAX_BUCKETS) {
      return { error: `"buckets" must be a whole number from 1 to ${MAX_BUCKETS}, not ${show(bucketsRaw)}.` };
    }
    buckets = Number(bucketsRaw);
  }

  const windowed = [...params.keys()].some((k) => k !== 'lang' && k !== 'shape') || shapeRaw === 'timeline';
  return {
    query: {
      from: from.value,
      to: to.value,
      types: [...types],
      countries: countries.value,
      persons: persons.value,
      places: places.value,
      status: statusRaw,
      q,
      limit,
      buckets,
      shape: shapeRaw,
      windowed,
    },
  };
}
