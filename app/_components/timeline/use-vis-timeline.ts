'use client';

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Timeline, TimelineOptions } from 'vis-timeline/standalone';
import type { IntlSnapshot } from '@/app/_lib/timeline/intl-snapshot';
import type { LaneMode } from '@/app/_lib/view/view-state';
import { fill } from '@/app/_i18n/dictionary';
import { axisFormat, formatWindow } from './axis-format';
import { dateFormatter, type DateFormatter } from './client-dates';
import { buildTimelineData, type Bucket, type TimelineData } from './build-data';
import { centredOn, fitWindow } from '@/app/_lib/timeline/item-dates';
import type { TimelineEventData, TimelineLabels } from '@/app/_lib/timeline/types';

const HOUR = 3_600_000;
const YEAR = 365 * 24 * HOUR;

export interface TimeWindow {
  start: Date;
  end: Date;
}

export interface VisTimeline {
  timeline: Timeline;
  data: TimelineData;
  /** Content elements by item id. */
  elements: Map<string, HTMLElement>;
  fit: TimeWindow | null;
  /** The events and counts `data` was built from. */
  from: { events: readonly TimelineEventData[]; buckets: readonly Bucket[] | null };
}

interface Args {
  container: RefObject<HTMLDivElement | null>;
  events: readonly TimelineEventData[];
  /** Counts per period where the server sent no events (a large corpus, zoomed out). */
  buckets?: readonly Bucket[] | null;
  /** What "fit all" shows when the events on the page are only a window of the corpus. */
  extent?: TimeWindow | null;
  labels: TimelineLabels;
  lanes: LaneMode;
  /** The server's Intl rendering of the timeline's date formats, for browsers without the locale's data. */
  intl: IntlSnapshot;
  /** The selected event when the timeline is (re)drawn: it is selected, and centred if no window is given. */
  selection: RefObject<string | null>;
  /** The window to draw when the timeline is (re)drawn; null fits every item. */
  window: RefObject<TimeWindow | null>;
  onItemClick: (eventId: string) => void;
  /** Called when the user (or code) has finished moving the window. */
  onWindowChange: (window: TimeWindow) => void;
  /** Called whenever the visible window changes, the first fit included. */
  onRangeChange?: (window: TimeWindow) => void;
  /** False while the timeline is not to be drawn (a phone, where the stream of cards stands for it). */
  enabled?: boolean;
}

/** The content of one of vis-timeline's clusters: its count, as text (the cluster's title says what it counts). */
function clusterElement(count: number, labels: TimelineLabels): HTMLElement {
  const el = document.createElement('span');
  el.className = 'ev-cluster-label';
  el.textContent = count.toLocaleString();
  el.title = fill(labels.bucket, { count: count.toLocaleString() });
  return el;
}

const isBucket = (item: { className?: string }) => item.className?.includes('ev-bucket') ?? false;

function options(
  dates: DateFormatter,
  elements: RefObject<Map<string, HTMLElement>>,
  labels: TimelineLabels,
  windowed: boolean,
): TimelineOptions {
  return {
    // A window of a large corpus can still hold hundreds of events: overlapping ones are drawn as one cluster
    // with their count (double-click zooms to it) until the user zooms in far enough to tell them apart.
    ...(windowed
      ? {
          cluster: {
            maxItems: 4,
            titleTemplate: labels.bucket,
            showStipes: true,
            fitOnDoubleClick: true,
            // Counts per period are already groups: only events are clustered.
            clusterCriteria: (a, b) => !isBucket(a) && !isBucket(b),
          },
        }
      : {}),
    // As tall as its lanes need (every lane shows), from the 26rem the page reserves (globals.css) up to 80% of
    // the screen, beyond which it scrolls.
    // 26rem less the region's 1 px borders: the page reserves 26rem for the region (border included).
    minHeight: 414,
    maxHeight: '80vh',
    zoomMin: HOUR,
    zoomMax: 50 * YEAR,
    groupOrder: 'order',
    verticalScroll: true,
    stack: true,
    showCurrentTime: false,
    orientation: { axis: 'top', item: 'top' },
    margin: { item: { horizontal: 0, vertical: 8 }, axis: 8 },
    format: axisFormat(dates),
    // Item content is an element built with textContent (see build-data.ts); strings that would still reach
    // vis-timeline's innerHTML are stripped of every tag.
    template: (item: { id?: unknown; uiItems?: unknown[] } | undefined) =>
      elements.current.get(String(item?.id)) ??
      (Array.isArray(item?.uiItems) ? clusterElement(item.uiItems.length, labels) : ''),
    xss: {
      disabled: false,
      filterOptions: { whiteList: {}, stripIgnoreTag: true, stripIgnoreTagBody: ['script', 'style'] },
    },
  };
}

/** vis-timeline's item set: not in its types, but `markDirty` is how its own `redraw` refreshes the items. */
interface ItemSetInternals {
  markDirty?: (options: { refreshItems?: boolean; restackGroups?: boolean }) => void;
}

/** Measures every item again and stacks the lanes anew (a title that wraps makes its item taller). */
export function restack(t: Timeline): void {
  // Ordering the lanes anew moves (or draws anew) their DOM nodes, which takes focus away from an item: give it
  // back. `redraw` is throttled, so the nodes move on a later frame, after which vis-timeline says 'changed'; an
  // item focused in between (a keyboard user, a test) counts too, and a node drawn anew is found by its item id.
  const root = (t as unknown as { dom?: { root?: HTMLElement } }).dom?.root ?? null;
  const active = document.activeElement;
  let focused = root && active instanceof HTMLElement && root.contains(active) ? active : null;
  const onFocusIn = (e: FocusEvent) => {
    if (e.target instanceof HTMLElement) focused = e.target;
  };
  root?.addEventListener('focusin', onFocusIn);
  const giveBack = () => {
    t.off('changed', giveBack);
    root?.removeEventListener('focusin', onFocusIn);
    const now = document.activeElement;
    // Focus still there, or taken elsewhere on purpose: nothing to give back.
    if (!focused || !root || now === focused || (now !== null && now !== document.body)) return;
    const itemId = focused.dataset.itemId;
    const target = focused.isConnected
      ? focused
      : itemId
        ? root.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(itemId)}"]`)
        : null;
    target?.focus({ preventScroll: true });
  };
  t.on('changed', giveBack);
  (t as unknown as { itemSet?: ItemSetInternals }).itemSet?.markDirty?.({ refreshItems: true, restackGroups: true });
  t.redraw();
}

/** Item ids that draw `eventId` (one, or one per lane). */
export function itemsOf(data: TimelineData, eventId: string | null): string[] {
  if (eventId === null) return [];
  return [...data.eventOf].filter(([, e]) => e === eventId).map(([item]) => item);
}

/**
 * Loads vis-timeline in the browser only (a dynamic import inside an effect) and draws the events; draws again
 * when the events (filters) or the lane mode change, keeping the window.
 */
export function useVisTimeline(args: Args) {
  const { container, events, labels, lanes, intl, selection, window: windowRef } = args;
  const buckets = args.buckets ?? null;
  const extent = args.extent ?? null;
  const windowed = args.extent !== undefined;
  /** The events the drawing effect depends on: a small corpus's (drawn again when they change); none when windowed. */
  const inlineEvents = windowed ? null : events;
  const enabled = args.enabled ?? true;
  const dates = useMemo(() => dateFormatter(intl), [intl]);
  const [vis, setVis] = useState<VisTimeline | null>(null);
  const [visibleWindow, setVisibleWindow] = useState<TimeWindow | null>(null);
  const userAction = useRef(false);
  const callbacks = useRef({ click: args.onItemClick, window: args.onWindowChange, range: args.onRangeChange });
  useEffect(() => {
    callbacks.current = { click: args.onItemClick, window: args.onWindowChange, range: args.onRangeChange };
  }, [args.onItemClick, args.onWindowChange, args.onRangeChange]);
  // The latest inputs, for a timeline (re)created by the effect below without being re-created on each new window.
  const latest = useRef({ events, buckets, extent });
  useLayoutEffect(() => {
    latest.current = { events, buckets, extent };
  });
  const elements = useRef(new Map<string, HTMLElement>());
  /** What the timeline draws now (its select handler outlives a window's data). */
  const drawn = useRef<TimelineData | null>(null);
  const build = useCallback(
    (evs: readonly TimelineEventData[], counts: readonly Bucket[] | null) =>
      buildTimelineData(evs, labels, lanes, counts ? { counts, range: (a, b) => formatWindow(dates, a, b) } : null),
    [labels, lanes, dates],
  );

  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    let timeline: Timeline | null = null;
    // vis-timeline's stylesheet comes with its code, after first paint: it is not render-blocking, and a phone,
    // which never draws the timeline, never loads either.
    void Promise.all([
      import('vis-timeline/standalone'),
      import('vis-timeline/styles/vis-timeline-graph2d.min.css'),
    ]).then(([{ Timeline }]) => {
      const el = container.current;
      if (cancelled || !el) return;
      const { events, buckets, extent } = latest.current;
      const data = build(events, buckets);
      elements.current = data.elements;
      drawn.current = data;
      const fit = extent ?? fitWindow(data.items.map((i) => ({ start: i.start as Date, end: i.end as Date })));
      const selectedItems = itemsOf(data, selection.current);
      const selectedItem = data.items.find((i) => String(i.id) === selectedItems[0]);
      // A window from the URL wins; else an event named in the URL is centred (as wide a window as "fit all").
      const first =
        windowRef.current ??
        (fit && selectedItem
          ? centredOn(fit, { start: selectedItem.start as Date, end: selectedItem.end as Date })
          : fit);
      // No start/end options: with them vis-timeline 8 sometimes keeps its root `visibility: hidden` (its first
      // `changed` can come before its first `rangechanged`). It fits all items on its first `changed`; this window
      // is set right away and again after that fit.
      timeline = new Timeline(el, data.items, data.groups, options(dates, elements, labels, windowed));
      const t = timeline;
      const applyFirstWindow = () => {
        if (first) t.setWindow(first.start, first.end, { animation: false });
      };
      const afterFirstChange = () => {
        t.off('changed', afterFirstChange);
        applyFirstWindow();
      };
      t.on('changed', afterFirstChange);
      applyFirstWindow();
      t.on('rangechanged', (props?: { start?: Date; end?: Date; byUser?: boolean }) => {
        if (!props?.start || !props.end) return;
        // Titles wrap to the width their dates give them, which vis-timeline learns only after it measured them:
        // measuring once more (no 'rangechanged' follows a redraw) stacks the items at their real heights.
        restack(t);
        const w = { start: new Date(props.start), end: new Date(props.end) };
        setVisibleWindow(w);
        callbacks.current.range?.(w);
        // Only a window the user chose goes to the URL (dragging, the wheel, the buttons, the keys), not the
        // first fit or a window restored from history.
        if (props.byUser || userAction.current) callbacks.current.window(w);
        userAction.current = false;
      });
      t.on('select', (props?: { items?: (string | number)[] }) => {
        const id = props?.items?.[0];
        const eventId = id === undefined ? undefined : drawn.current?.eventOf.get(String(id));
        if (eventId !== undefined) callbacks.current.click(eventId);
      });
      if (selectedItems.length > 0) t.setSelection(selectedItems);
      const shown = t.getWindow();
      setVisibleWindow(shown);
      callbacks.current.range?.(shown);
      setVis({ timeline: t, data, elements: data.elements, fit, from: { events, buckets } });
    });
    return () => {
      cancelled = true;
      timeline?.destroy();
      setVis(null);
    };
    // Inline events (a small corpus) change only with the filters: drawing again is simplest. Windows of a large
    // corpus change as the user pans, and go through setData below, which keeps the timeline and its window.
  }, [container, inlineEvents, build, dates, labels, selection, windowRef, windowed, enabled]);

  useEffect(() => {
    if (!windowed || !vis || (vis.from.events === events && vis.from.buckets === buckets)) return;
    const data = build(events, buckets);
    elements.current = data.elements;
    drawn.current = data;
    vis.timeline.setData({ groups: data.groups, items: data.items });
    // What is drawn now, after vis-timeline (outside React) took the new window's data.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setVis({ ...vis, data, elements: data.elements, from: { events, buckets } });
  }, [windowed, vis, events, buckets, build]);

  /** Marks the next window change as the user's (a button or key that moves the window through code). */
  const markUserAction = () => {
    userAction.current = true;
  };
  return {
    vis,
    markUserAction,
    windowLabel: visibleWindow ? formatWindow(dates, visibleWindow.start, visibleWindow.end) : null,
  };
}
