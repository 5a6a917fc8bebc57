'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import Link from 'next/link';
import { fill } from '@/app/_i18n/dictionary';
import type { Dictionary } from '@/app/_i18n/types';
import type { Slide } from '@/app/_lib/present/slides';
import { parseView, withView } from '@/app/_lib/view/view-state';
import { SlideBody } from './slide-body';
import { StepButtons } from './step-buttons';
import { TimelineStrip } from './timeline-strip';
import { briefingChannel, stepKey, useBriefingSteps } from './use-briefing-steps';

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
  /** The briefing's query without its step (view and language): names its channel and its presenter window. */
  baseQuery: string;
  t: PresentLabels;
}

export const control =
  'rounded border-2 border-white/70 px-3 py-1.5 text-base font-semibold text-white hover:bg-white/15 disabled:opacity-40 sm:px-4 sm:py-2 sm:text-lg';

/** Where Esc leads: the timeline with the same filters and period, the current event selected. */
function timelineHref(eventId: string | null): string {
  const here = new URL(window.location.href);
  const view = { ...parseView(here.searchParams), event: eventId };
  const qs = withView(here.searchParams, view);
  qs.delete('step');
  const s = qs.toString();
  return `/${s ? `?${s}` : ''}`;
}

/** The presenter's window of this briefing at a step: the same query, so the same slides. */
export function presenterHref(baseQuery: string, step: number): string {
  const qs = new URLSearchParams(baseQuery);
  qs.set('step', String(step + 1));
  return `/present/presenter?${qs.toString()}`;
}

/** One window per briefing: opening it again brings the open one back instead of a second. */
const PRESENTER_WINDOW = 'jylnama-presenter';

/**
 * Briefing mode, the audience's screen: one event per step, keys and buttons to move, full screen, the step in the
 * URL. The notes are never here: they open in a presenter window of their own (P), which moves with this one.
 */
export function Presenter({ slides, initialStep, undated, total = slides.length, baseQuery, t }: Props) {
  const { step, last, go } = useBriefingSteps(slides.length, initialStep, briefingChannel(baseQuery));
  const [fullscreen, setFullscreen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const slide = slides[step];

  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    else void root.current?.requestFullscreen?.().catch(() => {});
  }, []);

  const leave = useCallback(() => {
    window.location.assign(timelineHref(slides[step]?.view.id ?? null));
  }, [slides, step]);

  const openPresenter = useCallback(() => {
    window.open(presenterHref(baseQuery, step), PRESENTER_WINDOW);
  }, [baseQuery, step]);

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
      if (stepKey(e, step, last, go)) return e.preventDefault();
      switch (e.key) {
        case 'f':
        case 'F':
          toggleFullscreen();
          break;
        case 'p':
        case 'P':
          openPresenter();
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
    // Says (to the page and its tests) that the keys work from now on: state that follows the listener.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setKeysReady(true);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, step, last, toggleFullscreen, leave, openPresenter]);

  const p = t.present;
  return (
    <div
      ref={root}
      className="present flex min-h-screen flex-col overflow-x-hidden bg-[#0b0d10] text-white"
      data-testid="presenter"
      data-keys={keysReady ? 'ready' : undefined}
    >
      <header className="flex flex-wrap items-center gap-3 border-b border-white/20 px-4 py-3 sm:px-6">
        <p className="mr-auto text-lg font-semibold sm:text-xl" aria-live="polite" data-testid="present-step">
          {slide ? fill(p.step, { n: String(step + 1), total: String(slides.length) }) : p.title}
        </p>
        <nav aria-label={p.title} className="flex flex-wrap gap-2">
          <StepButtons p={p} step={step} last={last} go={go} />
          <a
            className={control}
            href={presenterHref(baseQuery, step)}
            target={PRESENTER_WINDOW}
            onClick={(e) => (e.preventDefault(), openPresenter())}
            data-testid="open-presenter"
          >
            {p.presenterView}
          </a>
          <button type="button" className={control} aria-pressed={fullscreen} onClick={toggleFullscreen}>
            {fullscreen ? p.exitFullscreen : p.fullscreen}
          </button>
          <Link className={control} href="/" prefetch={false} onClick={(e) => (e.preventDefault(), leave())}>
            {p.leave}
          </Link>
        </nav>
      </header>
      <main className="flex flex-1 flex-col gap-5 px-4 py-5 sm:gap-6 sm:px-8 sm:py-6 lg:px-16">
        {slide ? (
          <SlideBody slide={slide} t={t} headingRef={heading} />
        ) : (
          <h1 className="text-4xl font-bold">{p.empty}</h1>
        )}
        {total > slides.length && (
          <p className="text-lg text-white/80" data-testid="briefing-truncated">
            {fill(p.truncated, { shown: String(slides.length), total: String(total) })}
          </p>
        )}
      </main>
      <footer>
        {slides.length > 0 && <TimelineStrip slides={slides} current={step} label={p.strip} onSelect={go} />}
        <p className="px-4 pb-3 text-base text-white/80 sm:px-6">
          {undated > 0 && <span className="mr-2">{p.undatedNote}</span>}
          {p.help}
        </p>
      </footer>
    </div>
  );
}
