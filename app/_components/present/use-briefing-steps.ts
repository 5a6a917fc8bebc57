'use client';

import { useCallback, useEffect, useRef, useState } from 'react';

/** What the audience and presenter windows of one briefing tell each other. */
type Message = { kind: 'step'; step: number } | { kind: 'hello' };

function writeStep(step: number): void {
  const url = new URL(window.location.href);
  url.searchParams.set('step', String(step + 1));
  url.searchParams.delete('event');
  window.history.replaceState(null, '', url);
}

/**
 * The step of a briefing, kept in the URL and in step with every other window of the same briefing (the audience
 * screen and the presenter's window) through a BroadcastChannel named after the briefing's query: moving in
 * either moves both. A window that opens says hello and adopts the step the others answer with.
 */
export function useBriefingSteps(count: number, initialStep: number, channelName: string) {
  const [step, setStep] = useState(initialStep);
  const last = count - 1;
  const channel = useRef<BroadcastChannel | null>(null);
  // The step a hello is answered with, read inside the channel's listener (which is not re-made at each step).
  const stepRef = useRef(step);
  useEffect(() => {
    stepRef.current = step;
  }, [step]);

  const show = useCallback(
    (to: number) => {
      const next = Math.max(0, Math.min(last, to));
      setStep(next);
      writeStep(next);
      return next;
    },
    [last],
  );

  const go = useCallback(
    (to: number) => {
      const next = show(to);
      channel.current?.postMessage({ kind: 'step', step: next } satisfies Message);
    },
    [show],
  );

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const c = new BroadcastChannel(channelName);
    channel.current = c;
    c.onmessage = (e: MessageEvent<Message>) => {
      const m = e.data;
      // A step from the other window is shown, not sent back: no echo between the two.
      if (m?.kind === 'step' && Number.isInteger(m.step)) show(m.step);
      else if (m?.kind === 'hello') c.postMessage({ kind: 'step', step: stepRef.current } satisfies Message);
    };
    c.postMessage({ kind: 'hello' } satisfies Message);
    return () => {
      c.close();
      channel.current = null;
    };
  }, [channelName, show]);

  return { step, last, go };
}

/**
 * The keys both windows share (→, space, PageDown next; ←, shift+space, PageUp previous; Home, End): true when
 * the key moved the briefing (and its default should be prevented).
 */
export function stepKey(e: KeyboardEvent, step: number, last: number, go: (to: number) => void): boolean {
  const onControl = e.target instanceof HTMLElement && e.target.closest('button, a, input, textarea, select') !== null;
  switch (e.key) {
    case 'ArrowRight':
    case 'PageDown':
      go(step + 1);
      return true;
    case ' ':
      if (onControl) return false;
      go(e.shiftKey ? step - 1 : step + 1);
      return true;
    case 'ArrowLeft':
    case 'PageUp':
      go(step - 1);
      return true;
    case 'Home':
      go(0);
      return true;
    case 'End':
      go(last);
      return true;
    default:
      return false;
  }
}

/** The channel of a briefing: its query without the step (same view, same language, same slides). */
export function briefingChannel(baseQuery: string): string {
  return `jylnama-briefing?${baseQuery}`;
}
