import type { DataGroup, DataItem } from 'vis-timeline/standalone';
import { fill } from '@/app/_i18n/dictionary';
import { itemRange } from './item-dates';
import type { TimelineEventData, TimelineLabels } from './types';

export const LANE = 'lane';
const within = (id: string) => `within:${id}`;

/** A text-only element: article-derived strings never reach vis-timeline as HTML. */
function textElement(tag: string, className: string, text: string): HTMLElement {
  const el = document.createElement(tag);
  el.className = className;
  el.textContent = text;
  return el;
}

/** The focusable content of one item: its type and title, built with textContent only. */
export function itemElement(event: TimelineEventData): HTMLElement {
  const el = textElement('span', 'ev-label', '');
  el.tabIndex = 0;
  el.setAttribute('role', 'button');
  el.dataset.eventId = event.id;
  el.setAttribute('aria-label', `${event.typeLabel}: ${event.title}. ${event.dateLabel}`);
  el.title = `${event.title} (${event.dateLabel})`;
  el.append(textElement('span', 'ev-type', event.typeLabel), textElement('span', 'ev-title', event.title));
  return el;
}

export interface TimelineData {
  items: DataItem[];
  groups: DataGroup[];
  /** Item ids in time order, for keyboard navigation. */
  order: string[];
}

/**
 * Events without a dated parent go in the main lane; the children of an event go in a nested group labelled
 * "During: <parent>", nested under the parent's own group, so sub-events show under the visit they belong to.
 */
export function buildTimelineData(events: readonly TimelineEventData[], labels: TimelineLabels): TimelineData {
  const dated = new Map(events.map((e) => [e.id, e] as const));
  const groupOf = (e: TimelineEventData) => (e.parent !== null && dated.has(e.parent) ? within(e.parent) : LANE);
  const parents = new Set(events.filter((e) => groupOf(e) !== LANE).map((e) => e.parent as string));

  const groups = new Map<string, DataGroup & { order: number; treeLevel?: number }>();
  groups.set(LANE, { id: LANE, content: textElement('span', 'lane-label', labels.lane), order: 0, nestedGroups: [] });
  const items: DataItem[] = [];
  for (const e of events) {
    const range = itemRange(e.start, e.end);
    if (!range) continue;
    items.push({ id: e.id, content: e.title, start: range.start, end: range.end, type: 'range', group: groupOf(e), className: `ev t-${e.type}` });
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
  const order = items
    .slice()
    .sort((a, b) => +(a.start as Date) - +(b.start as Date) || +(b.end as Date) - +(a.end as Date))
    .map((i) => String(i.id));
  return { items, groups: [...groups.values()], order };
}
