'use client';

import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Timeline, TimelineOptions } from 'vis-timeline/standalone';
import type { IntlSnapshot } from '@/app/_lib/intl-snapshot';
import type { LaneMode } from '@/app/_lib/view-state';
import { axisFormat, formatWindow } from './axis-format';
import { dateFormatter, type DateFormatter } from './client-dates';
import { buildTimelineData, type TimelineData } from './build-data';
import { centredOn, fitWindow } from './item-dates';
import type { TimelineEventData, TimelineLabels } from './types';

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
}

interface Args {
  container: RefObject<HTMLDivElement | null>;
  events: readonly TimelineEventData[];
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
}

function options(dates: DateFormatter, elements: Map<string, HTMLElement>): TimelineOptions {
  return {
    height: '100%',
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
    template: (item: { id?: unknown } | undefined) => elements.get(String(item?.id)) ?? '',
    xss: { disabled: false, filterOptions: { whiteList: {}, stripIgnoreTag: true, stripIgnoreTagBody: ['script', 'style'] } },
  };
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
  const dates = useMemo(() => dateFormatter(intl), [intl]);
  const [vis, setVis] = useState<VisTimeline | null>(null);
  const [visibleWindow, setVisibleWindow] = useState<TimeWindow | null>(null);
  const userAction = useRef(false);
  const callbacks = useRef({ click: args.onItemClick, window: args.onWindowChange });
  useEffect(() => {
    callbacks.current = { click: args.onItemClick, window: args.onWindowChange };
  }, [args.onItemClick, args.onWindowChange]);

  useEffect(() => {
    let cancelled = false;
    let timeline: Timeline | null = null;
    void import('vis-timeline/standalone').then(({ Timeline }) => {
      const el = container.current;
      if (cancelled || !el) return;
      const data = buildTimelineData(events, labels, lanes);
      const fit = fitWindow(data.items.map((i) => ({ start: i.start as Date, end: i.end as Date })));
      const selectedItems = itemsOf(data, selection.current);
      const selectedItem = data.items.find((i) => String(i.id) === selectedItems[0]);
      // A window from the URL wins; else an event named in the URL is centred (as wide a window as "fit all").
      const first =
        windowRef.current ??
        (fit && selectedItem ? centredOn(fit, { start: selectedItem.start as Date, end: selectedItem.end as Date }) : fit);
      // No start/end options: with them vis-timeline 8 sometimes keeps its root `visibility: hidden` (its first
      // `changed` can come before its first `rangechanged`). It fits all items on its first `changed`; this window
      // is set right away and again after that fit.
      timeline = new Timeline(el, data.items, data.groups, options(dates, data.elements));
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
        const w = { start: new Date(props.start), end: new Date(props.end) };
        setVisibleWindow(w);
        // Only a window the user chose goes to the URL (dragging, the wheel, the buttons, the keys), not the
        // first fit or a window restored from history.
        if (props.byUser || userAction.current) callbacks.current.window(w);
        userAction.current = false;
      });
      t.on('select', (props?: { items?: (string | number)[] }) => {
        const id = props?.items?.[0];
        const eventId = id === undefined ? undefined : data.eventOf.get(String(id));
        if (eventId !== undefined) callbacks.current.click(eventId);
      });
      if (selectedItems.length > 0) t.setSelection(selectedItems);
      setVisibleWindow(t.getWindow());
      setVis({ timeline: t, data, elements: data.elements, fit });
    });
    return () => {
      cancelled = true;
      timeline?.destroy();
      setVis(null);
    };
  }, [container, events, labels, lanes, dates, selection, windowRef]);

  /** Marks the next window change as the user's (a button or key that moves the window through code). */
  const markUserAction = () => {
    userAction.current = true;
  };
  return { vis, markUserAction, windowLabel: visibleWindow ? formatWindow(dates, visibleWindow.start, visibleWindow.end) : null };
}
