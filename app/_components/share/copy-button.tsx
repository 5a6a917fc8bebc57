'use client';

import { useEffect, useRef, useState } from 'react';
import { copyText } from './copy';

export const shareButton =
  'inline-flex items-center gap-1 rounded border border-accent/40 bg-white px-3 py-1.5 text-sm font-medium text-accent-dark hover:bg-accent/10';

interface Props {
  /** The text to copy, worked out when the button is pressed (the URL may have changed since render). */
  text: () => string;
  label: string;
  done: string;
  failed: string;
  className?: string;
}

/** A button that copies text and says so next to it, in a live region, for a few seconds. */
export function CopyButton({ text, label, done, failed, className }: Props) {
  const [state, setState] = useState<'idle' | 'done' | 'failed'>('idle');
  const [fallback, setFallback] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        className={className ?? shareButton}
        onClick={async () => {
          const value = text();
          const ok = await copyText(value);
          setState(ok ? 'done' : 'failed');
          setFallback(ok ? null : value);
          if (timer.current) clearTimeout(timer.current);
          if (ok) timer.current = setTimeout(() => setState('idle'), 4000);
        }}
      >
        {label}
      </button>
      <span role="status" className="text-sm font-medium text-green-800" data-testid="copy-status">
        {state === 'done' ? `✓ ${done}` : state === 'failed' ? failed : ''}
      </span>
      {fallback !== null && (
        <input
          readOnly
          value={fallback}
          aria-label={label}
          onFocus={(e) => e.currentTarget.select()}
          className="w-72 rounded border border-ink/30 px-2 py-1 text-sm"
        />
      )}
    </span>
  );
}
