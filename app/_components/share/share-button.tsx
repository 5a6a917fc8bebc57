'use client';

import { useSyncExternalStore } from 'react';
import { shareButton } from './copy-button';

const canShare = () => typeof navigator !== 'undefined' && typeof navigator.share === 'function';

/** The Web Share API's sheet, offered only where the browser has it. */
export function ShareButton({ url, title, label }: { url: () => string; title: string; label: string }) {
  const available = useSyncExternalStore(
    () => () => {},
    canShare,
    () => false,
  );
  if (!available) return null;
  return (
    <button
      type="button"
      className={shareButton}
      onClick={() => {
        navigator.share({ title, url: url() }).catch(() => {
          // dismissed, or refused: nothing to do
        });
      }}
    >
      {label}
    </button>
  );
}
