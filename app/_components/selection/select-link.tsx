'use client';

import type { ReactNode } from 'react';
import { useSelection } from './selection-context';

interface Props {
  eventId: string;
  /** Where the link goes without JavaScript: `/?event=<id>`, which the server renders with the panel open. */
  href: string;
  className?: string;
  children: ReactNode;
}

/** A link to `/?event=<id>` that, with JavaScript, selects the event in place instead of reloading. */
export function SelectLink({ eventId, href, className, children }: Props) {
  const { selected, select } = useSelection();
  return (
    <a
      href={href}
      className={className}
      aria-current={selected === eventId ? 'true' : undefined}
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
        e.preventDefault();
        select(eventId);
      }}
    >
      {children}
    </a>
  );
}
