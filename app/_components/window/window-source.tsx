'use client';

import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { covers, windowRequest, windowUrl, type WindowRequest } from '@/app/_lib/timeline/window-request';
import { useView } from '@/app/_components/selection/selection-context';
import type { WindowData } from '@/app/_lib/timeline/types';

export type WindowStatus = 'ready' | 'loading' | 'failed';

interface WindowSourceValue {
  data: WindowData;
  status: WindowStatus;
  /** The timeline's visible window moved: load its events unless they are loaded already. */
  show: (window: { start: Date; end: Date }) => void;
  /** The days the whole corpus spans (what "fit all" shows), or null when nothing is dated. */
  extent: { from: string; to: string } | null;
}

const Context = createContext<WindowSourceValue | null>(null);

/** Wait this long after the window stops moving before asking the server (a drag fires many changes). */
const SETTLE_MS = 120;

interface Props {
  /** The server's answer for the window the page opened on, so the first paint needs no request. */
  initial: WindowData;
  initialRequest: WindowRequest;
  extent: { from: string; to: string } | null;
  lang: string;
  /** Above this many events in a window the server sends counts per period instead of events. */
  limit: number;
  children: ReactNode;
}

/**
 * The events of a large corpus, loaded a window at a time: the timeline reports where it is, this asks
 * `/api/events` for that window (with the view's filters and search) when it is not loaded yet, and the timeline
 * and the list both draw what came back. A newer request aborts an older one, so a slow answer never overwrites a
 * newer window. New filters render the page again (selection-context.tsx), which starts a new source.
 */
export function WindowSource({ initial, initialRequest, extent, lang, limit, children }: Props) {
  const { view } = useView();
  const [data, setData] = useState(initial);
  const [status, setStatus] = useState<WindowStatus>('ready');
  const loaded = useRef<{ request: WindowRequest; data: WindowData } | null>({
    request: initialRequest,
    data: initial,
  });
  const visible = useRef<{ start: Date; end: Date } | null>(null);
  const viewRef = useRef(view);
  useLayoutEffect(() => {
    viewRef.current = view;
  });
  const inFlight = useRef<AbortController | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const load = useCallback(
    (start: Date, end: Date) => {
      const request = windowRequest(start, end, viewRef.current);
      const known = loaded.current;
      // Events already loaded for a wider window still answer a narrower one; counts per period do not.
      if (known && known.data.clusters.length === 0 && covers(known.request, start, end, request.filters)) return;
      // Counts for exactly this request are as good as new ones (the first window, drawn from the page's data).
      if (
        known &&
        known.request.from === request.from &&
        known.request.to === request.to &&
        known.request.filters === request.filters
      )
        return;
      inFlight.current?.abort();
      const controller = new AbortController();
      inFlight.current = controller;
      setStatus('loading');
      fetch(windowUrl(request, lang, limit), { signal: controller.signal, headers: { accept: 'application/json' } })
        .then(async (response) => {
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          const next = (await response.json()) as WindowData;
          if (controller.signal.aborted) return;
          loaded.current = { request, data: next };
          setData(next);
          setStatus('ready');
        })
        .catch(() => {
          if (!controller.signal.aborted) setStatus('failed');
        });
    },
    [lang, limit],
  );

  const show = useCallback(
    ({ start, end }: { start: Date; end: Date }) => {
      visible.current = { start, end };
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => load(start, end), SETTLE_MS);
    },
    [load],
  );

  useEffect(
    () => () => {
      inFlight.current?.abort();
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const value = useMemo(() => ({ data, status, show, extent }), [data, status, show, extent]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** The loaded window, or null on a page that has every event inline (a small corpus). */
export function useWindowSource(): WindowSourceValue | null {
  return useContext(Context);
}
