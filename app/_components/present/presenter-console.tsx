'use client';

import { useEffect, useState } from 'react';
import { fill } from '@/app/_i18n/dictionary';
import type { Slide } from '@/app/_lib/present/slides';
import { control, type PresentLabels } from './presenter';
import { PresenterNotes } from './presenter-notes';
import { StepButtons } from './step-buttons';
import { briefingChannel, stepKey, useBriefingSteps } from './use-briefing-steps';

interface Props {
  slides: Slide[];
  initialStep: number;
  baseQuery: string;
  t: PresentLabels;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `m:ss`, or `h:mm:ss` past an hour. */
function elapsedText(ms: number): string {
  const s = Math.floor(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

/** The time now and since the timer started, ticking each second; null until mounted (the server has no clock). */
function useClock(): { now: Date | null; started: number | null; restart: () => void } {
  const [now, setNow] = useState<Date | null>(null);
  const [started, setStarted] = useState<number | null>(null);
  useEffect(() => {
    // The server has no clock for this reader: the first reading is taken once mounted, or hydration would differ.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setStarted(Date.now());
    setNow(new Date());
    const id = window.setInterval(() => setNow(new Date()), 1000);
    return () => window.clearInterval(id);
  }, []);
  return { now, started, restart: () => (setStarted(Date.now()), setNow(new Date())) };
}

/**
 * The presenter's window: the notes (every source sentence of the current event), the current and next titles, the
 * time and the time elapsed. It moves with the audience screen, both ways, over the briefing's channel.
 */
export function PresenterConsole({ slides, initialStep, baseQuery, t }: Props) {
  const { step, last, go } = useBriefingSteps(slides.length, initialStep, briefingChannel(baseQuery));
  const { now, started, restart } = useClock();
  const slide = slides[step];
  const next = slides[step + 1];
  const p = t.present;

  const [keysReady, setKeysReady] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (stepKey(e, step, last, go)) return e.preventDefault();
      if (e.key === 'r' || e.key === 'R') {
        restart();
        e.preventDefault();
      }
    };
    window.addEventListener('keydown', onKey);
    // Says (to the page and its tests) that the keys work from now on: state that follows the listener.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setKeysReady(true);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, step, last, restart]);

  const clock = now
    ? new Intl.DateTimeFormat(t.locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(now)
    : '—';
  const elapsed = now && started !== null ? elapsedText(now.getTime() - started) : '—';
  return (
    <div
      className="min-h-screen bg-[#0b0d10] text-white"
      data-testid="presenter-console"
      data-keys={keysReady ? 'ready' : undefined}
    >
      <header className="flex flex-wrap items-center gap-3 border-b border-white/20 px-4 py-3 sm:px-6">
        <h1 className="mr-auto text-xl font-semibold">{p.presenterTitle}</h1>
        <p className="text-lg" aria-live="polite" data-testid="console-step">
          {slide ? fill(p.step, { n: String(step + 1), total: String(slides.length) }) : p.empty}
        </p>
      </header>
      <main className="grid gap-6 px-4 py-6 sm:px-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="min-w-0 space-y-6">
          <section aria-labelledby="now-showing">
            <h2 id="now-showing" className="text-base uppercase tracking-wide text-white/80">
              {p.nowShowing}
            </h2>
            <p className="mt-1 text-3xl font-bold leading-tight" data-testid="console-current">
              {slide?.view.title ?? p.empty}
            </p>
            {slide && <p className="mt-1 text-xl text-white/85">{slide.view.dateLabel}</p>}
          </section>
          {slide && <PresenterNotes slide={slide} t={t} />}
        </div>
        <aside className="min-w-0 space-y-6" aria-label={p.presenterTitle}>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-2xl tabular-nums">
            <dt className="text-white/80">{p.clock}</dt>
            <dd data-testid="console-clock">{clock}</dd>
            <dt className="text-white/80">{p.elapsed}</dt>
            <dd>
              <span role="timer" data-testid="console-elapsed">
                {elapsed}
              </span>
            </dd>
          </dl>
          <section aria-labelledby="up-next" className="rounded-lg border border-white/30 p-4">
            <h2 id="up-next" className="text-base uppercase tracking-wide text-white/80">
              {p.upNext}
            </h2>
            <p className="mt-1 text-xl font-semibold" data-testid="console-next">
              {next ? next.view.title : p.lastOne}
            </p>
            {next && <p className="text-white/85">{next.view.dateLabel}</p>}
          </section>
          <nav aria-label={p.title} className="flex flex-wrap gap-2">
            <StepButtons p={p} step={step} last={last} go={go} />
            <button type="button" className={control} onClick={restart}>
              {p.restartTimer}
            </button>
          </nav>
          <p className="text-base text-white/80">{p.presenterHelp}</p>
        </aside>
      </main>
    </div>
  );
}
