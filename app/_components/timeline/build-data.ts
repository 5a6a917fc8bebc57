import type { DataGroup, DataItem } from 'vis-timeline/standalone';
import { fill } from '@/app/_i18n/dictionary';
import type { LaneMode } from '@/app/_lib/view/view-state';
import { itemRange } from '@/app/_lib/timeline/item-dates';
import type { TimelineEventData, TimelineLabels } from '@/app/_lib/timeline/types';

export const LANE = 'lane';
const NO_COUNTRY = 'country:-';
const within = (id: string) => `within:${id}`;

/** A text-only element: article-derived strings never reach vis-timeline as HTML. */
function textElement(tag: string, className: string, text: string): HTMLElement {
  const el = document.createElement(tag);
  el.className = className;
  el.textContent = text;
  return el;
}

/** Whether a title already names the event's type ("Tokayev's state visit to …"), so it need not be said twice. */
export function titleNamesType(title: string, typeLabel: string): boolean {
  return title.toLocaleLowerCase().includes(typeLabel.toLocaleLowerCase());
}

/**
 * The focusable content of one item: its title, and its type above it only when the title does not say it
 * (colour and the legend say it too), built with textContent only. Its accessible name says each thing once.
 */
export function itemElement(event: TimelineEventData, itemId: string, lane: string | null): HTMLElement {
  const el = textElement('span', 'ev-label', '');
  el.tabIndex = 0;
  el.setAttribute('role', 'button');
  el.dataset.eventId = event.id;
  el.dataset.itemId = itemId;
  const where = lane === null ? '' : ` (${lane})`;
  const named = titleNamesType(event.title, event.typeLabel);
  el.setAttribute(
    'aria-label',
    `${named ? event.title : `${event.typeLabel}: ${event.title}`}. ${event.dateLabel}${where}`,
  );
  el.title = `${event.title} (${event.dateLabel})`;
  if (!named) el.append(textElement('span', 'ev-type', event.typeLabel));
  el.append(textElement('span', 'ev-title', event.title));
  return el;
}

/** Counts of events per period, drawn where a window holds more events than the server sends. */
export interface Bucket {
  start: string;
  end: string;
  count: number;
}

export interface TimelineData {
  items: DataItem[];
  groups: DataGroup[];
  /** Item ids in time order, for keyboard navigation. */
  order: string[];
  /** The event each item draws (in country lanes one event has an item per participant country). */
  eventOf: Map<string, string>;
  /** The content element of each item, by item id. */
  elements: Map<string, HTMLElement>;
  /** Items that stand for a count of events: opening one zooms to its period. */
  buckets: Map<string, { start: Date; end: Date }>;
}

/**
 * One item per period with its count, in the main lane: focusable like an event, labelled with the count and
 * the period, and opening it zooms in (use-vis-timeline.ts).
 */
function addBuckets(
  buckets: readonly Bucket[],
  labels: TimelineLabels,
  range: (start: Date, end: Date) => string,
  data: TimelineData,
  group: string,
): void {
  for (const b of buckets) {
    const span = itemRange(b.start, b.end);
    if (!span) continue;
    const id = `bucket:${b.start}`;
    const count = b.count.toLocaleString();
    // The bar shows the bare number (periods can be narrow); its name and tooltip say what it is.
    const el = textElement('span', 'ev-label ev-bucket-label', count);
    const name = fill(labels.bucketLabel, { count, range: range(span.start, span.end) });
    el.tabIndex = 0;
    el.setAttribute('role', 'button');
    el.dataset.itemId = id;
    el.setAttribute('aria-label', name);
    el.title = name;
    data.items.push({
      id,
      content: '',
      start: span.start,
      end: span.end,
      type: 'range',
      group,
      className: 'ev-bucket',
    });
    data.eventOf.set(id, id);
    data.elements.set(id, el);
    data.buckets.set(id, span);
  }
}

function finish(
  items: DataItem[],
  groups: DataGroup[],
  eventOf: Map<string, string>,
  elements: Map<string, HTMLElement>,
): TimelineData {
  const order = items
    .slice()
    .sort((a, b) => +(a.start as Date) - +(b.start as Date) || +(b.end as Date) - +(a.end as Date))
    .map((i) => String(i.id));
  return { items, groups, order, eventOf, elements, buckets: new Map() };
}

/** Puts the order right again after items were added to finished data. */
function reorder(data: TimelineData): TimelineData {
  return { ...finish(data.items, data.groups, data.eventOf, data.elements), buckets: data.buckets };
}

/** One lane per participant country; an event with three countries is drawn in all three lanes. */
function countryLanes(events: readonly TimelineEventData[], labels: TimelineLabels): TimelineData {
  const lanes = new Map<string, string>();
  const items: DataItem[] = [];
  const eventOf = new Map<string, string>();
  const elements = new Map<string, HTMLElement>();
  for (const e of events) {
    const range = itemRange(e.start, e.end);
    if (!range) continue;
    const countries = e.countries.length > 0 ? e.countries : [null];
    for (const c of countries) {
      const group = c === null ? NO_COUNTRY : `country:${c}`;
      const name = c === null ? labels.noCountry : (labels.countryNames[c] ?? c);
      lanes.set(group, name);
      const id = `${e.id}@${c ?? '-'}`;
      items.push({
        id,
        content: e.title,
        start: range.start,
        end: range.end,
        type: 'range',
        group,
        className: `ev t-${e.type}${e.imprecise ? ' ev-imprecise' : ''}`,
      });
      eventOf.set(id, e.id);
      elements.set(id, itemElement(e, id, name));
    }
  }
  const collator = new Intl.Collator();
  const groups = [...lanes]
    .sort(([a, x], [b, y]) => Number(a === NO_COUNTRY) - Number(b === NO_COUNTRY) || collator.compare(x, y))
    .map(([id, name], order) => ({ id, order, content: textElement('span', 'lane-label', name) }));
  return finish(items, groups, eventOf, elements);
}

/**
 * Events without a dated parent go in the main lane; the children of an event go in a nested group labelled
 * "During: <parent>", nested under the parent's own group, so sub-events show under the visit they belong to.
 */
function singleLane(events: readonly TimelineEventData[], labels: TimelineLabels): TimelineData {
  const dated = new Map(events.map((e) => [e.id, e] as const));
  const groupOf = (e: TimelineEventData) => (e.parent !== null && dated.has(e.parent) ? within(e.parent) : LANE);
  const parents = new Set(events.filter((e) => groupOf(e) !== LANE).map((e) => e.parent as string));

  const groups = new Map<string, DataGroup & { order: number; treeLevel?: number }>();
  groups.set(LANE, { id: LANE, content: textElement('span', 'lane-label', labels.lane), order: 0, nestedGroups: [] });
  const items: DataItem[] = [];
  const eventOf = new Map<string, string>();
  const elements = new Map<string, HTMLElement>();
  for (const e of events) {
    const range = itemRange(e.start, e.end);
    if (!range) continue;
    items.push({
      id: e.id,
      content: e.title,
      start: range.start,
      end: range.end,
      type: 'range',
      group: groupOf(e),
      className: `ev t-${e.type}${e.imprecise ? ' ev-imprecise' : ''}`,
    });
    eventOf.set(e.id, e.id);
    elements.set(e.id, itemElement(e, e.id, null));
    if (parents.has(e.id)) {
      groups.set(within(e.id), {
        id: within(e.id),
        content: textElement('span', 'lane-label', fill(labels.during, { title: e.title })),
        order: groups.size,
      });
    }
  }
  for (const e of events) {
    if (!parents.has(e.id)) continue;
    const container = groups.get(groupOf(e));
    const nested = groups.get(within(e.id));
    if (!container || !nested) continue;
    container.nestedGroups = [...(container.nestedGroups ?? []), within(e.id)];
    // vis-timeline styles nested groups by tree level (indentation); without one it draws a red debug border.
    nested.treeLevel = (container.treeLevel ?? 0) + 1;
  }
  for (const g of groups.values()) if (g.nestedGroups?.length === 0) delete g.nestedGroups;
  return finish(items, [...groups.values()], eventOf, elements);
}

export function buildTimelineData(
  events: readonly TimelineEventData[],
  labels: TimelineLabels,
  lanes: LaneMode = 'single',
  buckets: { counts: readonly Bucket[]; range: (start: Date, end: Date) => string } | null = null,
): TimelineData {
  const data = lanes === 'country' ? countryLanes(events, labels) : singleLane(events, labels);
  if (!buckets || buckets.counts.length === 0) return data;
  if (!data.groups.some((g) => g.id === LANE)) {
    const lane: DataGroup & { order: number } = {
      id: LANE,
      content: textElement('span', 'lane-label', labels.lane),
      order: -1,
    };
    data.groups.unshift(lane);
  }
  addBuckets(buckets.counts, labels, buckets.range, data, LANE);
  return reorder(data);
}
