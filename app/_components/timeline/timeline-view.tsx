'use client';

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { fill } from '@/app/_i18n/dictionary';
import type { IntlSnapshot } from '@/app/_lib/timeline/intl-snapshot';
import { windowDate, windowParam, type ViewState } from '@/app/_lib/view/view-state';
import { useSelection, useView } from '@/app/_components/selection/selection-context';
import { useWindowSource } from '@/app/_components/window/window-source';
import { keyAction } from './keyboard';
import { fitAll, runAction, zoom } from './timeline-actions';
import { TimelineControls } from './timeline-controls';
import type { TimelineEventData, TimelineLabels } from '@/app/_lib/timeline/types';
import { itemsOf, restack, useVisTimeline, type TimeWindow } from './use-vis-timeline';
import { fitWindow, itemRange } from '@/app/_lib/timeline/item-dates';
import { useWideScreen } from './use-wide-screen';

interface Props {
  /** Every dated event (a small corpus); ignored inside a WindowSource, which loads them a window at a time. */
  events: TimelineEventData[];
  labels: TimelineLabels;
  intl: IntlSnapshot;
  /** On a phone a stream of cards stands for the timeline (event-stream.tsx): vis-timeline is then not loaded. */
  stream?: boolean;
}

function viewWindow(view: ViewState): TimeWindow | null {
  return view.from !== null && view.to !== null ? { start: windowDate(view.from), end: windowDate(view.to) } : null;
}

/** The interactive timeline: vis-timeline in the browser, selection, filters and window shared through the URL. */
export function TimelineView({ events, labels, intl, stream = false }: Props) {
  const wide = useWideScreen();
  const container = useRef<HTMLDivElement>(null);
  const { view, update, restored, shownIds } = useView();
  const { selected, select } = useSelection();
  const source = useWindowSource();
  const selection = useRef(selected);
  const windowRef = useRef<TimeWindow | null>(viewWindow(view));
  const shown = useMemo(
    () => (source ? source.data.events : events.filter((e) => shownIds.has(e.id))),
    [source, events, shownIds],
  );
  const extentFrom = source?.extent?.from;
  const extentTo = source?.extent?.to;
  const extent = useMemo(() => {
    const range = extentFrom && extentTo ? itemRange(extentFrom, extentTo) : null;
    return range ? fitWindow([range]) : null;
  }, [extentFrom, extentTo]);
  const visRef = useRef<ReturnType<typeof useVisTimeline>['vis']>(null);
  const userActionRef = useRef<(() => void) | null>(null);

  const onWindowChange = useCallback(
    (w: TimeWindow) => {
      windowRef.current = w;
      update({ from: windowParam(w.start), to: windowParam(w.end) }, 'replace');
    },
    [update],
  );
  // A count standing for a period opens by zooming to that period; an event opens its details.
  const onItemClick = useCallback(
    (id: string) => {
      const v = visRef.current;
      const bucket = v?.data.buckets.get(id);
      if (v && bucket) {
        userActionRef.current?.();
        v.timeline.setWindow(bucket.start, bucket.end, { animation: false });
      } else select(id);
    },
    [select],
  );
  const { vis, markUserAction, windowLabel } = useVisTimeline({
    container,
    events: shown,
    ...(source ? { buckets: source.data.clusters, extent, onRangeChange: source.show } : {}),
    labels,
    lanes: view.lanes,
    intl,
    selection,
    window: windowRef,
    onItemClick,
    onWindowChange,
    enabled: !stream || wide,
  });
  useLayoutEffect(() => {
    visRef.current = vis;
    userActionRef.current = markUserAction;
  });

  useEffect(() => {
    selection.current = selected;
    if (!vis) return;
    const items = itemsOf(vis.data, selected);
    vis.timeline.setSelection(items);
    for (const [id, el] of vis.elements) el.setAttribute('aria-pressed', String(vis.data.eventOf.get(id) === selected));
    // Opening or closing the details changes the timeline's width (details-layout.tsx): draw at the new width
    // now rather than at vis-timeline's next periodic size check.
    const frame = requestAnimationFrame(() => restack(vis.timeline));
    return () => cancelAnimationFrame(frame);
  }, [vis, selected]);

  // Back and forward: move to the window the restored view names (or fit all when it names none).
  useEffect(() => {
    if (!vis || restored === 0) return;
    const w = viewWindow(view);
    windowRef.current = w;
    if (w) vis.timeline.setWindow(w.start, w.end, { animation: false });
    else fitAll(vis);
    // Only a restored view moves the window: the view changes on every pan, which must not move it back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [restored, vis]);

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      if (!vis || e.ctrlKey || e.metaKey || e.altKey) return;
      const label = e.target instanceof HTMLElement ? e.target.closest<HTMLElement>('.ev-label') : null;
      const action = keyAction(e.key, label !== null);
      if (!action) return;
      e.preventDefault();
      markUserAction();
      runAction(vis, action, label?.dataset.itemId ?? null, onItemClick);
    },
    [vis, onItemClick, markUserAction],
  );

  return (
    <div className={`js-only space-y-2 ${stream ? 'max-md:hidden' : ''}`}>
      <TimelineControls
        labels={labels}
        disabled={!vis}
        onZoomIn={() => vis && (markUserAction(), zoom(vis, 'in'))}
        onZoomOut={() => vis && (markUserAction(), zoom(vis, 'out'))}
        onFit={() => vis && (markUserAction(), fitAll(vis))}
      />
      <div
        role="region"
        aria-label={labels.regionLabel}
        aria-describedby="timeline-help"
        tabIndex={0}
        onKeyDown={onKeyDown}
        className="timeline-canvas relative overflow-hidden rounded-lg border border-ink/15 bg-white"
        data-testid="timeline"
        data-lanes={view.lanes}
      >
        <div ref={container} />
        {!vis && <p className="absolute inset-0 grid place-items-center text-ink-soft">{labels.loading}</p>}
        {vis && shown.length === 0 && (!source || source.data.clusters.length === 0) && (
          <p className="absolute inset-x-0 bottom-4 text-center text-ink-soft">{labels.noMatches}</p>
        )}
      </div>
      <p className="min-h-6 text-sm text-ink-soft" aria-live="polite" data-testid="timeline-window">
        {windowLabel ? fill(labels.visibleRange, { range: windowLabel }) : ''}
        {source && source.status !== 'ready' && (
          <span className="ml-2" data-testid="window-status" data-status={source.status}>
            {source.status === 'loading' ? labels.loadingWindow : labels.fetchFailed}
          </span>
        )}
      </p>
      <p id="timeline-help" className="text-xs text-ink-soft">
        {labels.keyboardHelp}
      </p>
    </div>
  );
}
