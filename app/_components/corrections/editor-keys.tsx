'use client';

import { useEffect } from 'react';

/**
 * The event page's keys for an editor: c confirms, d goes to the date, h to the reason for hiding, n to the next
 * event to review. Not while typing in a field (the letters are then text).
 */
export function EditorKeys({ nextHref }: { nextHref: string | null }) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      const target = e.target as HTMLElement | null;
      if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
      const act: Record<string, () => void> = {
        c: () => document.getElementById('confirm-event')?.click(),
        d: () => (document.getElementById('fix-when-value') as HTMLInputElement | null)?.select(),
        h: () => document.getElementById('hide-reason')?.focus(),
        n: () => {
          if (nextHref) window.location.assign(nextHref);
        },
      };
      const run = act[e.key];
      if (!run) return;
      e.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [nextHref]);
  return null;
}
