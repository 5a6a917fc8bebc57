'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { fill } from '@/app/_i18n/dictionary';
import type { Dictionary } from '@/app/_i18n/types';
import type { Slide } from '@/app/_lib/slides';
import { parseView, withView } from '@/app/_lib/view-state';
import { PresenterNotes } from './presenter-notes';
import { SlideBody } from './slide-body';
import { TimelineStrip } from './timeline-strip';

export interface PresentLabels {
  present: Dictionary['present'];
  details: Dictionary['details'];
  evidence: Dictionary['evidence'];
  app: Dictionary['app'];
  locale: Dictionary['locale'];
}

interface Props {
  slides: Slide[];
  initialStep: number;
  undated: number;
  /** Dated events the view keeps, when there are more than the slides (a large corpus). */
  total?: number;
  t: PresentLabels;
}

const control =
  'rounded border-2 border-white/70 px-4 py-2 text-lg font-semibold text-white hover:bg-white/15 disabled:opacity-40';

function writeStep(step: number): void {
  const url = new URL(window.location.href);
  url.searchParams.set('step', String(step + 1));
  url.searchParams.delete('event');
  window.history.replaceState(null, '', url);
}

/** Where Esc leads: the timeline with the same filters, the current event selected. */
function timelineHref(eventId: string | null): string {
  const here = new URL(window.location.href);
  const view = { ...parseView(here.searchParams), event: eventId, from: null, to: null };
  const qs = withView(here.searchParams, view);
  qs.delete('step');
  const s = qs.toString();
  return `/${s ? `?${s}` : ''}`;
}

/** Briefing mode: one event per step, keys and buttons to move, full screen, presenter notes; step in the URL. */
export function Presenter({ slides, initialStep, undated, total = slides.length, t }: Props) {
  const [step, setStep] = useState(initialStep);
  const [notes, setNotes] = useState(false);
  const [fullscreen, setFullscreen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const last = slides.length - 1;
  const slide = slides[step];

  const go = useCallback(
    (to: number) => {
      const next = Math.max(0, Math.min(last, to));
      setStep(next);
      writeStep(next);
    },
    [last],
  );

  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    else void root.current?.requestFullscreen?.().catch(() => {});
  }, []);

  const leave = useCallback(() => {
    window.location.assign(timelineHref(slides[step]?.view.id ?? null));
  }, [slides, step]);

  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  // Keys work once the listener is on (after hydration): said on the page, so that a test (or a script) can wait.
  const [keysReady, setKeysReady] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const onControl = e.target instanceof HTMLElement && e.target.closest('button, a, input, textarea, select') !== null;
      switch (e.key) {
        case 'ArrowRight':
        case 'PageDown':
          go(step + 1);
          break;
        case ' ':
          if (onControl) return;
          go(e.shiftKey ? step - 1 : step + 1);
          break;
        case 'ArrowLeft':
        case 'PageUp':
          go(step - 1);
          break;
        case 'Home':
          go(0);
          break;
        case 'End':
          go(last);
          break;
        case 'f':
        case 'F':
          toggleFullscreen();
          break;
        case 'n':
        case 'N':
          setNotes((v) => !v);
          break;
        case 'Escape':
          if (document.fullscreenElement) return;
          leave();
          break;
        default:
          return;
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    setKeysReady(true);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, step, last, toggleFullscreen, leave]);

  const p = t.present;
  return (
    <div ref={root} className="present flex min-h-screen flex-col bg-[#0b0d10] text-white" data-testid="presenter" data-keys={keysReady ? 'ready' : undefined}>
      <header className="flex flex-wrap items-center gap-3 border-b border-white/20 px-6 py-3">
        <p className="mr-auto text-xl font-semibold" aria-live="polite" data-testid="present-step">
          {slide ? fill(p.step, { n: String(step + 1), total: String(slides.length) }) : p.title}
        </p>
        <nav aria-label={p.title} className="flex flex-wrap gap-2">
          <button type="button" className={control} onClick={() => go(step - 1)} disabled={step <= 0}>
            ← {p.previous}
          </button>
          <button type="button" className={control} onClick={() => go(step + 1)} disabled={step >= last}>
            {p.next} →
          </button>
          <button type="button" className={control} aria-pressed={notes} onClick={() => setNotes((v) => !v)}>
            {notes ? p.hideNotes : p.notes}
          </button>
          <button type="button" className={control} aria-pressed={fullscreen} onClick={toggleFullscreen}>
            {fullscreen ? p.exitFullscreen : p.fullscreen}
          </button>
          <a className={control} href="/" onClick={(e) => (e.preventDefault(), leave())}>
            {p.leave}
          </a>
        </nav>
      </header>
      <main className="flex flex-1 flex-col gap-8 px-8 py-8 lg:px-16">
        {slide ? (
          <>
            <SlideBody slide={slide} t={t} headingRef={heading} />
            {notes && <PresenterNotes slide={slide} t={t} />}
          </>
        ) : (
          <h1 className="text-4xl font-bold">{p.empty}</h1>
        )}
        {undated > 0 && <p className="text-lg text-white/80">{p.undatedNote}</p>}
        {total > slides.length && (
          <p className="text-lg text-white/80" data-testid="briefing-truncated">
            {fill(p.truncated, { shown: String(slides.length), total: String(total) })}
          </p>
        )}
      </main>
      <footer>
        {slides.length > 0 && <TimelineStrip slides={slides} current={step} label={p.strip} onSelect={go} />}
        <p className="px-6 pb-3 text-base text-white/80">{p.help}</p>
      </footer>
    </div>
  );
}
