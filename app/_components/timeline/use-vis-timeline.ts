'use client';

import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Timeline, TimelineOptions } from 'vis-timeline/standalone';
import type { IntlSnapshot } from '@/app/_lib/intl-snapshot';
import { axisFormat, formatWindow } from './axis-format';
import { dateFormatter, type DateFormatter } from './client-dates';
import { buildTimelineData, itemElement, type TimelineData } from './build-data';
import { centredOn, fitWindow } from './item-dates';
import type { TimelineEventData, TimelineLabels } from './types';

const HOUR = 3_600_000;
const YEAR = 365 * 24 * HOUR;

export interface VisTimeline {
  timeline: Timeline;
  data: TimelineData;
  elements: Map<string, HTMLElement>;
  fit: { start: Date; end: Date } | null;
}

interface Args {
  container: RefObject<HTMLDivElement | null>;
  events: readonly TimelineEventData[];
  labels: TimelineLabels;
  /** The server's Intl rendering of the timeline's date formats, for browsers without the locale's data. */
  intl: IntlSnapshot;
  /** The event id that is selected when the timeline first draws (from `?event=`): it is selected and centred. */
  initialSelection: string | null;
  onItemClick: (id: string) => void;
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

/** Loads vis-timeline in the browser only (a dynamic import inside an effect) and draws the events. */
export function useVisTimeline({ container, events, labels, intl, initialSelection, onItemClick }: Args) {
  const dates = useMemo(() => dateFormatter(intl), [intl]);
  const [vis, setVis] = useState<VisTimeline | null>(null);
  const [visibleWindow, setVisibleWindow] = useState<{ start: Date; end: Date } | null>(null);
  const clickRef = useRef(onItemClick);
  const initialRef = useRef(initialSelection);
  useEffect(() => {
    clickRef.current = onItemClick;
  }, [onItemClick]);

  useEffect(() => {
    let cancelled = false;
    let timeline: Timeline | null = null;
    void import('vis-timeline/standalone').then(({ Timeline }) => {
      const el = container.current;
      if (cancelled || !el) return;
      const data = buildTimelineData(events, labels);
      const elements = new Map(events.map((e) => [e.id, itemElement(e)] as const));
      const fit = fitWindow(data.items.map((i) => ({ start: i.start as Date, end: i.end as Date })));
      const initial = initialRef.current;
      const selectedItem = data.items.find((i) => String(i.id) === initial);
      // An event named in the URL is centred from the first frame (as wide a window as "fit all").
      const first = fit && selectedItem ? centredOn(fit, { start: selectedItem.start as Date, end: selectedItem.end as Date }) : fit;
      // No start/end options: with them vis-timeline 8 sometimes keeps its root `visibility: hidden` (its first
      // `changed` can come before its first `rangechanged`). It fits all items on its first `changed`; this window
      // is set right away and again after that fit.
      timeline = new Timeline(el, data.items, data.groups, options(dates, elements));
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
      t.on('rangechanged', (props?: { start?: Date; end?: Date }) => {
        if (props?.start && props.end) setVisibleWindow({ start: new Date(props.start), end: new Date(props.end) });
      });
      t.on('select', (props?: { items?: (string | number)[] }) => {
        const id = props?.items?.[0];
        if (id !== undefined) clickRef.current(String(id));
      });
      if (selectedItem) t.setSelection([String(selectedItem.id)]);
      setVisibleWindow(t.getWindow());
      setVis({ timeline: t, data, elements, fit });
    });
    return () => {
      cancelled = true;
      timeline?.destroy();
      setVis(null);
    };
  }, [container, events, labels, dates]);

  return { vis, windowLabel: visibleWindow ? formatWindow(dates, visibleWindow.start, visibleWindow.end) : null };
}
