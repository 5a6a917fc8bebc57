'use client';

import { useId, useState, type ReactNode } from 'react';
import { fill } from '@/app/_i18n/dictionary';
import { useView } from '@/app/_components/selection/selection-context';
import type { ViewState } from '@/app/_lib/view/view-state';

/** How many filters the view applies (each chosen type, country, person and place, and a search). */
export function activeFilterCount(view: ViewState): number {
  return (
    view.types.length +
    view.countries.length +
    view.persons.length +
    view.places.length +
    (view.q.trim() === '' ? 0 : 1)
  );
}

/**
 * On a phone the filters fold into one "Filters (n)" button, so that the first screen shows events; from the
 * `md` breakpoint up (and without JavaScript) they are always open. CSS does the folding (globals.css,
 * `.filter-fold`), so the server's HTML has the final layout and nothing shifts.
 */
export function FilterFold({
  label,
  labelActive,
  children,
}: {
  label: string;
  labelActive: string;
  children: ReactNode;
}) {
  const { view } = useView();
  const [open, setOpen] = useState(false);
  const body = useId();
  const count = activeFilterCount(view);
  return (
    <div className="filter-fold" data-open={open}>
      <button
        type="button"
        className="filter-fold-button js-only min-h-11 rounded border border-ink/30 bg-white px-4 text-sm font-semibold md:hidden"
        aria-expanded={open}
        aria-controls={body}
        onClick={() => setOpen((o) => !o)}
        data-testid="filter-fold"
      >
        {count === 0 ? label : fill(labelActive, { count: String(count) })}
      </button>
      <div id={body} className="filter-fold-body">
        {children}
      </div>
    </div>
  );
}
