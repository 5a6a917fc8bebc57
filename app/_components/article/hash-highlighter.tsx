'use client';

import { useEffect } from 'react';

/**
 * Highlights and scrolls to the sentence named by `location.hash` (`#m-<start>-<end>`). CSS `:target` does the
 * same on a full page load; this also covers client-side navigation and later hash changes.
 */
export function HashHighlighter() {
  useEffect(() => {
    const apply = () => {
      for (const el of document.querySelectorAll('.is-target')) el.classList.remove('is-target');
      const id = decodeURIComponent(window.location.hash.slice(1));
      const target = id ? document.getElementById(id) : null;
      if (!target) return;
      target.classList.add('is-target');
      target.scrollIntoView({ block: 'center' });
      target.focus({ preventScroll: true });
    };
    apply();
    window.addEventListener('hashchange', apply);
    return () => window.removeEventListener('hashchange', apply);
  }, []);
  return null;
}
