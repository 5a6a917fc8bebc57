'use client';

import { useEffect, type ReactNode } from 'react';
import { useSelection } from '@/app/_components/selection/selection-context';

/** Where focus was when Esc closed the details: the item that opened them, if it is still on the page. */
function focusOpener(eventId: string): void {
  const opener = document.querySelector<HTMLElement>(`.ev-label[data-event-id="${CSS.escape(eventId)}"]`);
  opener?.focus({ preventScroll: true });
}

/**
 * The timeline takes the full width until an event is selected; then the details open beside it (wide screens)
 * or below it, and Esc closes them (returning focus to the event's item on the timeline).
 */
export function DetailsLayout({ timeline, details }: { timeline: ReactNode; details: ReactNode }) {
  const { selected, select } = useSelection();
  useEffect(() => {
    if (selected === null) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      // Esc inside a field or an open list belongs to that control (a select's list, a search being cleared).
      const target = e.target instanceof HTMLElement ? e.target : null;
      if (target?.closest('input, select, textarea, [role="combobox"], [role="listbox"], dialog')) return;
      e.preventDefault();
      select(null);
      focusOpener(selected);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selected, select]);
  return (
    <div
      className={`grid gap-6 ${selected === null ? '' : 'lg:grid-cols-[minmax(0,1fr)_26rem]'}`}
      data-testid="details-layout"
      data-details={selected === null ? 'closed' : 'open'}
    >
      {timeline}
      {selected !== null && (
        <div className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">{details}</div>
      )}
    </div>
  );
}
