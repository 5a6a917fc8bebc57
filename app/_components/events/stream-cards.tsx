'use client';

import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { bestMatchFirst } from '@/app/_lib/search/rank';
import { useView } from '@/app/_components/selection/selection-context';

/** One card of the phone's stream: shown while the filters keep its event; the selected one opens and comes into view. */
export function StreamCard({ eventId, children }: { eventId: string; children: ReactNode }) {
  const { view, isShown } = useView();
  const ref = useRef<HTMLLIElement>(null);
  const selected = view.event === eventId;
  useEffect(() => {
    const el = ref.current;
    if (!selected || !el || el.offsetParent === null) return;
    el.querySelector('details')?.setAttribute('open', '');
    el.scrollIntoView({ block: 'center' });
  }, [selected]);
  if (!isShown(eventId)) return null;
  return (
    <li
      ref={ref}
      className={`stream-card rounded-lg border bg-white p-3 shadow-sm ${selected ? 'border-accent ring-2 ring-accent/40' : 'border-ink/10'}`}
      data-event-id={eventId}
      data-selected={selected || undefined}
    >
      {children}
    </li>
  );
}

/** One card, drawn on the server: its event, its start (for ranking) and its month (for grouping). */
export interface StreamCardData {
  id: string;
  start: string;
  month: string;
  monthLabel: string;
  card: ReactNode;
}

/**
 * The cards in time order, under a heading per month (a month the filters empty is left out); while a search is
 * typed, one list, best match first, as the list view orders it (search/rank.ts).
 */
export function StreamCards({ cards }: { cards: StreamCardData[] }) {
  const { isShown, reasonOf } = useView();
  if (reasonOf) {
    const ranked = bestMatchFirst(cards, reasonOf);
    return (
      <ol className="space-y-3" data-testid="stream-ranked">
        {ranked.map((c) => (
          <StreamCard key={c.id} eventId={c.id}>
            {c.card}
          </StreamCard>
        ))}
      </ol>
    );
  }
  const months: { month: string; label: string; cards: StreamCardData[] }[] = [];
  for (const c of cards) {
    const last = months.at(-1);
    if (last?.month === c.month) last.cards.push(c);
    else months.push({ month: c.month, label: c.monthLabel, cards: [c] });
  }
  return months
    .filter((m) => m.cards.some((c) => isShown(c.id)))
    .map((m) => (
      <div key={m.month} className="mb-4">
        <h3 className="sticky top-0 z-10 bg-paper/95 py-1 text-sm font-semibold text-ink-soft">
          <time dateTime={m.month}>{m.label}</time>
        </h3>
        <ol className="space-y-3">
          {m.cards.map((c) => (
            <StreamCard key={c.id} eventId={c.id}>
              {c.card}
            </StreamCard>
          ))}
        </ol>
      </div>
    ));
}

const NEXT = new Set(['ArrowDown', 'j']);
const PREVIOUS = new Set(['ArrowUp', 'k']);

/** ↑/↓ (and j/k) move focus from card to card, by their title links; Home and End go to the first and last. */
export function StreamKeys({ children }: { children: ReactNode }) {
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const target = e.target instanceof HTMLElement ? e.target : null;
    if (!target || target.closest('input, select, textarea')) return;
    const links = [...e.currentTarget.querySelectorAll<HTMLAnchorElement>('.stream-title')];
    const at = links.findIndex((l) => l.closest('li') === target.closest('li'));
    let to: number | null = null;
    if (NEXT.has(e.key)) to = Math.min(links.length - 1, at + 1);
    else if (PREVIOUS.has(e.key)) to = Math.max(0, at - 1);
    else if (e.key === 'Home') to = 0;
    else if (e.key === 'End') to = links.length - 1;
    if (to === null || at === -1) return;
    e.preventDefault();
    links[to]?.focus();
    links[to]?.closest('li')?.scrollIntoView({ block: 'nearest' });
  };
  return (
    <div onKeyDown={onKeyDown} data-testid="stream-keys">
      {children}
    </div>
  );
}
