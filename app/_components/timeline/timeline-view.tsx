'use client';

import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { useCallback, useEffect, useRef, type KeyboardEvent } from 'react';
import { fill } from '@/app/_i18n/dictionary';
import type { IntlSnapshot } from '@/app/_lib/intl-snapshot';
import { useSelection } from '@/app/_components/selection/selection-context';
import { keyAction } from './keyboard';
import { fitAll, runAction, zoom } from './timeline-actions';
import { TimelineControls } from './timeline-controls';
import type { TimelineEventData, TimelineLabels } from './types';
import { useVisTimeline } from './use-vis-timeline';

interface Props {
  events: TimelineEventData[];
  labels: TimelineLabels;
  intl: IntlSnapshot;
}

/** The interactive timeline: vis-timeline in the browser, selection shared with the details panel. */
export function TimelineView({ events, labels, intl }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const { selected, select } = useSelection();
  const initial = useRef(selected);
  const { vis, windowLabel } = useVisTimeline({
    container,
    events,
    labels,
    intl,
    initialSelection: initial.current,
    onItemClick: select,
  });

  useEffect(() => {
    if (!vis) return;
    vis.timeline.setSelection(selected !== null && vis.elements.has(selected) ? [selected] : []);
    for (const [id, el] of vis.elements) el.setAttribute('aria-pressed', String(id === selected));
  }, [vis, selected]);

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      if (!vis || e.ctrlKey || e.metaKey || e.altKey) return;
      const label = e.target instanceof HTMLElement ? e.target.closest<HTMLElement>('.ev-label') : null;
      const action = keyAction(e.key, label !== null);
      if (!action) return;
      e.preventDefault();
      runAction(vis, action, label?.dataset.eventId ?? null, select);
    },
    [vis, select],
  );

  return (
    <div className="js-only space-y-2">
      <TimelineControls
        labels={labels}
        disabled={!vis}
        onZoomIn={() => vis && zoom(vis, 'in')}
        onZoomOut={() => vis && zoom(vis, 'out')}
        onFit={() => vis && fitAll(vis)}
      />
      <div
        role="region"
        aria-label={labels.regionLabel}
        aria-describedby="timeline-help"
        tabIndex={0}
        onKeyDown={onKeyDown}
        className="timeline-canvas relative overflow-hidden rounded-lg border border-ink/15 bg-white"
        data-testid="timeline"
      >
        <div ref={container} className="h-full" />
        {!vis && <p className="absolute inset-0 grid place-items-center text-ink-soft">{labels.loading}</p>}
      </div>
      <p className="min-h-6 text-sm text-ink-soft" aria-live="polite" data-testid="timeline-window">
        {windowLabel ? fill(labels.visibleRange, { range: windowLabel }) : ''}
      </p>
      <p id="timeline-help" className="text-xs text-ink-soft">
        {labels.keyboardHelp}
      </p>
    </div>
  );
}
