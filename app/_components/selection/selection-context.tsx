'use client';

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

interface Selection {
  selected: string | null;
  /** Selects an event (or clears with null) and mirrors it in the URL as `?event=<id>`. */
  select: (id: string | null) => void;
}

const SelectionContext = createContext<Selection | null>(null);

function writeUrl(id: string | null): void {
  const url = new URL(window.location.href);
  if (id === null) url.searchParams.delete('event');
  else url.searchParams.set('event', id);
  window.history.replaceState(null, '', url);
}

/** Holds the selected event of the timeline page; the server's `?event=` is the initial value. */
export function SelectionProvider({ initial, children }: { initial: string | null; children: ReactNode }) {
  const [selected, setSelected] = useState<string | null>(initial);
  const select = useCallback((id: string | null) => {
    setSelected(id);
    writeUrl(id);
  }, []);
  const value = useMemo(() => ({ selected, select }), [selected, select]);
  return <SelectionContext.Provider value={value}>{children}</SelectionContext.Provider>;
}

export function useSelection(): Selection {
  const value = useContext(SelectionContext);
  if (!value) throw new Error('useSelection must be used inside <SelectionProvider>');
  return value;
}
