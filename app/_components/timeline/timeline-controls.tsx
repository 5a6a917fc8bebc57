'use client';

import type { TimelineLabels } from '@/app/_lib/timeline/types';

interface Props {
  labels: TimelineLabels;
  disabled: boolean;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
}

const button =
  'rounded border border-accent/40 bg-white px-3 py-1.5 text-sm font-medium text-accent-dark hover:bg-accent/10 disabled:opacity-50';

export function TimelineControls({ labels, disabled, onZoomIn, onZoomOut, onFit }: Props) {
  return (
    <div role="group" aria-label={labels.controls} className="flex flex-wrap gap-2">
      <button type="button" className={button} disabled={disabled} onClick={onZoomIn}>
        <span aria-hidden="true">+ </span>
        {labels.zoomIn}
      </button>
      <button type="button" className={button} disabled={disabled} onClick={onZoomOut}>
        <span aria-hidden="true">− </span>
        {labels.zoomOut}
      </button>
      <button type="button" className={button} disabled={disabled} onClick={onFit}>
        {labels.fitAll}
      </button>
    </div>
  );
}
