'use client';

import { Fragment, type ReactNode } from 'react';
import { bestMatchFirst } from '@/app/_lib/search/rank';
import { useView } from '@/app/_components/selection/selection-context';

export interface RankedRow {
  id: string;
  /** The event's ISO start, null when undated: newest first among equal matches. */
  start: string | null;
  row: ReactNode;
}

/**
 * The list's rows in date order, or, while a search is typed, best match first (a name before a title word before
 * a sentence; then newest first): the server renders the date order, the browser reorders as the search changes.
 */
export function RankedRows({ rows }: { rows: RankedRow[] }) {
  const { reasonOf } = useView();
  const ordered = reasonOf ? bestMatchFirst(rows, reasonOf) : rows;
  return (
    <>
      {ordered.map((r) => (
        <Fragment key={r.id}>{r.row}</Fragment>
      ))}
    </>
  );
}
