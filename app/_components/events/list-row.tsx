'use client';

import type { ReactNode } from 'react';
import { useView } from '@/app/_components/selection/selection-context';

/** One row of the list view: shown while the filters keep its event, marked while its event is selected. */
export function ListRow({ eventId, className, children }: { eventId: string; className: string; children: ReactNode }) {
  const { view, isShown } = useView();
  if (!isShown(eventId)) return null;
  const selected = view.event === eventId;
  return (
    <li
      className={`${className} ${selected ? 'bg-accent/10' : ''}`}
      data-event-id={eventId}
      data-selected={selected || undefined}
    >
      {children}
    </li>
  );
}

/** Says so when the filters leave nothing to list. */
export function NoneShown({ children }: { children: ReactNode }) {
  const { shownIds } = useView();
  return shownIds.size === 0 ? <p>{children}</p> : null;
}
