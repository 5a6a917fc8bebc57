'use client';

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useRouter } from 'next/navigation';
import { filterMatcher, type EventFacets } from '@/lib/corpus/filter';
import { filterKey, parseView, viewFilter, withView, type ViewState } from '@/app/_lib/view/view-state';
import { matchReason, type MatchReason } from '@/app/_lib/search/rank';

/** How a change reaches the address bar: a new history entry (back returns to it) or an in-place update. */
export type HistoryMode = 'push' | 'replace';

interface ViewContextValue {
  view: ViewState;
  /** Changes the view and writes it to the URL. */
  update: (patch: Partial<ViewState>, mode?: HistoryMode) => void;
  /** Counts views restored from history (back/forward): the timeline moves its window only then. */
  restored: number;
  /** Whether an event passes the view's filters and search. */
  isShown: (id: string) => boolean;
  /** Ids of the events the filters keep, in the order the facets were given. */
  shownIds: ReadonlySet<string>;
  /** With a search: why an event matches it (search/rank.ts), for the list's order; null without one. */
  reasonOf: ((id: string) => MatchReason | null) | null;
}

const ViewContext = createContext<ViewContextValue | null>(null);

function viewUrl(view: ViewState): URL {
  const url = new URL(window.location.href);
  url.search = withView(url.searchParams, view).toString();
  return url;
}

function writeUrl(view: ViewState, mode: HistoryMode): void {
  const url = viewUrl(view);
  if (url.href === window.location.href) return;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

interface Props {
  /** The view the server read from the URL. */
  initialView: ViewState;
  /** Facets of every event on the page, for the filters and the search. */
  facets: readonly EventFacets[];
  /**
   * `client` (a small corpus): every event is on the page and the filters hide what they leave out. `server` (a
   * large one): the server filters the window it sends (window-source.tsx), so everything on the page is shown.
   */
  filtering?: 'client' | 'server';
  children: ReactNode;
}

/** Holds the view of the timeline page (window, selection, filters, search, lanes) and keeps it in the URL. */
export function ViewProvider({ initialView, facets, filtering = 'client', children }: Props) {
  const [view, setView] = useState<ViewState>(initialView);
  const [restored, setRestored] = useState(0);
  const viewRef = useRef(view);

  const router = useRouter();
  const update = useCallback(
    (patch: Partial<ViewState>, mode: HistoryMode = 'push') => {
      const next = { ...viewRef.current, ...patch };
      const refilter = filtering === 'server' && filterKey(next) !== filterKey(viewRef.current);
      viewRef.current = next;
      setView(next);
      if (!refilter) return writeUrl(next, mode);
      // The server filters a large corpus: the page is rendered again for the new filters (a soft navigation,
      // so the shell stays and nothing reloads).
      const url = viewUrl(next);
      const href = `${url.pathname}${url.search}`;
      if (mode === 'push') router.push(href, { scroll: false });
      else router.replace(href, { scroll: false });
    },
    [filtering, router],
  );

  useEffect(() => {
    const onPop = () => {
      const next = parseView(new URL(window.location.href).searchParams);
      viewRef.current = next;
      setView(next);
      setRestored((n) => n + 1);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const key = filterKey(view);
  const filter = useMemo(() => viewFilter(view), [key]); // eslint-disable-line react-hooks/exhaustive-deps -- the filter changes with its key, not with every pan
  const shownIds = useMemo(() => new Set(facets.filter(filterMatcher(filter)).map((f) => f.id)), [facets, filter]);
  const isShown = useCallback((id: string) => filtering === 'server' || shownIds.has(id), [shownIds, filtering]);
  const reasonOf = useMemo(() => {
    if (filtering === 'server' || view.q.trim() === '') return null;
    const reasons = new Map(facets.map((f) => [f.id, matchReason(f, view.q)] as const));
    return (id: string) => reasons.get(id) ?? null;
  }, [facets, view.q, filtering]);
  const value = useMemo(
    () => ({ view, update, restored, isShown, shownIds, reasonOf }),
    [view, update, restored, isShown, shownIds, reasonOf],
  );
  return <ViewContext.Provider value={value}>{children}</ViewContext.Provider>;
}

export function useView(): ViewContextValue {
  const value = useContext(ViewContext);
  if (!value) throw new Error('useView must be used inside <ViewProvider>');
  return value;
}

interface Selection {
  selected: string | null;
  /** Selects an event (or clears with null) and mirrors it in the URL as `?event=<id>`. */
  select: (id: string | null) => void;
}

export function useSelection(): Selection {
  const { view, update } = useView();
  const select = useCallback((id: string | null) => update({ event: id }, 'push'), [update]);
  return useMemo(() => ({ selected: view.event, select }), [view.event, select]);
}

/** Renders its children only while the event passes the view's filters (server-rendered with the URL's view). */
export function ShownIf({ eventId, children }: { eventId: string; children: ReactNode }) {
  const { isShown } = useView();
  return isShown(eventId) ? <>{children}</> : null;
}
