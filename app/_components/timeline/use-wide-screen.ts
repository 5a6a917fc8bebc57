'use client';

import { useEffect, useState } from 'react';

/** The `md` breakpoint (tailwind's 48rem): below it the page shows the stream of cards instead of vis-timeline. */
export const WIDE_QUERY = '(min-width: 48rem)';

/**
 * Whether the screen is at least `md` wide, following rotation and resizing. False until mounted: the timeline is
 * never loaded on the server nor, on a phone, at all.
 */
export function useWideScreen(): boolean {
  const [wide, setWide] = useState(false);
  useEffect(() => {
    const query = window.matchMedia(WIDE_QUERY);
    const onChange = () => setWide(query.matches);
    onChange();
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return wide;
}
