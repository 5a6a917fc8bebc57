'use client';

import { useEffect, useState, type ReactNode } from 'react';
import { useSelection } from '@/app/_components/selection/selection-context';

interface Props {
  /** Server-rendered details by event id (every event of a small corpus; the selected one of a large one). */
  panels: Record<string, ReactNode>;
  /** Renders the details of an event that has no panel on the page (a server function; large corpora). */
  load?: (id: string, locale: string) => Promise<ReactNode>;
  locale?: string;
  heading: string;
  empty: string;
  loading?: string;
  closeLabel: string;
}

export function DetailsPanel({ panels, load, locale = '', heading, empty, loading, closeLabel }: Props) {
  const { selected, select } = useSelection();
  const [fetched, setFetched] = useState<{ id: string; node: ReactNode } | null>(null);
  const inline = selected === null ? undefined : panels[selected];
  useEffect(() => {
    if (selected === null || inline !== undefined || !load || fetched?.id === selected) return;
    let current = true;
    load(selected, locale)
      .then((node) => current && setFetched({ id: selected, node }))
      .catch(() => current && setFetched({ id: selected, node: null }));
    return () => {
      current = false;
    };
  }, [selected, inline, load, locale, fetched]);
  const waiting = selected !== null && inline === undefined && load !== undefined && fetched?.id !== selected;
  const panel = inline ?? (fetched !== null && fetched.id === selected ? (fetched.node ?? undefined) : undefined);
  return (
    <aside
      aria-labelledby="details-heading"
      aria-live="polite"
      aria-busy={waiting || undefined}
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
      {panel ?? <p className="text-ink-soft">{waiting ? (loading ?? empty) : empty}</p>}
    </aside>
  );
}
