'use client';

import type { ReactNode } from 'react';
import { useSelection } from '@/app/_components/selection/selection-context';

interface Props {
  /** Server-rendered details of every event, by id; only the selected one is shown. */
  panels: Record<string, ReactNode>;
  heading: string;
  empty: string;
  closeLabel: string;
}

export function DetailsPanel({ panels, heading, empty, closeLabel }: Props) {
  const { selected, select } = useSelection();
  const panel = selected === null ? undefined : panels[selected];
  return (
    <aside
      aria-labelledby="details-heading"
      aria-live="polite"
      className="rounded-lg border border-ink/10 bg-white p-4 shadow-sm"
      data-testid="details-panel"
    >
      <div className="mb-2 flex items-start justify-between gap-2">
        <h2 id="details-heading" className="text-sm font-semibold uppercase tracking-wide text-ink-soft">
          {heading}
        </h2>
        {panel && (
          <button
            type="button"
            onClick={() => select(null)}
            className="rounded px-2 text-lg leading-none text-ink-soft hover:bg-ink/5"
            aria-label={closeLabel}
          >
            ×
          </button>
        )}
      </div>
      {panel ?? <p className="text-ink-soft">{empty}</p>}
    </aside>
  );
}
