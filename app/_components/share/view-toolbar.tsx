'use client';

import { useState } from 'react';
import { fill } from '@/app/_i18n/dictionary';
import type { Dictionary } from '@/app/_i18n/types';
import { withView, type ViewState } from '@/app/_lib/view/view-state';
import { useView } from '@/app/_components/selection/selection-context';
import { CopyButton, shareButton } from './copy-button';
import { ShareButton } from './share-button';
import { downloadPng, shownTypes, type PngFrame } from './png-export';

interface Props {
  labels: Dictionary['share'];
  copyFailed: string;
  /** Base of absolute links (`JYLNAMA_PUBLIC_URL` or the request's origin). */
  origin: string;
  lang: string | null;
  /** The UI language, always named in export links (the API's default is English). */
  locale: string;
  title: string;
  /** The embed page links to the full app instead of offering presentation and print. */
  variant?: 'app' | 'embed';
}

/** The query of a view (filters, and optionally window and selection) with the UI language. */
export function viewQuery(
  view: ViewState,
  lang: string | null,
  options?: { window?: boolean; event?: boolean },
): string {
  const qs = withView(new URLSearchParams(lang ? { lang } : {}), view, options).toString();
  return qs ? `?${qs}` : '';
}

export function embedCode(origin: string, view: ViewState, lang: string | null, title: string): string {
  const src = `${origin}/embed${viewQuery(view, lang)}`;
  const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="640" style="border:0" loading="lazy"></iframe>`;
}

const link = `${shareButton} no-underline`;

/**
 * What the PNG says around the picture, read from the page as the reader sees it: the period the timeline shows
 * (its "Showing …" line), the legend's names of the types drawn in it, and where and when it was made.
 */
function pngFrame(timeline: HTMLElement, labels: Dictionary['share'], origin: string): PngFrame {
  const legend = document.querySelector<HTMLElement>('[data-testid="legend"]');
  // ISO (2026-12-04): the same in every language, and browsers' Intl lacks Kazakh long dates (`2026 M12 4`).
  const now = new Date();
  const date = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return {
    title: `Jylnama — ${labels.pngTitle}`,
    period: document.querySelector('[data-testid="timeline-window"]')?.firstChild?.textContent?.trim() ?? '',
    legendTitle: legend?.querySelector('h2')?.textContent?.trim() ?? '',
    legend: shownTypes(timeline, legend),
    attribution: fill(labels.pngAttribution, { origin, date }),
  };
}

/**
 * A calendar subscription to the view's filters (never its period: new events must keep arriving): the same
 * calendar as the .ics link, at `webcal://`, which calendar apps open as a subscription they refresh.
 */
export function webcalUrl(origin: string, query: string): string {
  return `${origin.replace(/^https?:\/\//, 'webcal://')}/api/export.ics${query}`;
}

/** Copy a link to the whole view, share it, download it (calendar, spreadsheet, TimelineJS, PNG), present it. */
export function ViewToolbar({ labels, copyFailed, origin, lang, locale, title, variant = 'app' }: Props) {
  const { view } = useView();
  const [png, setPng] = useState<'idle' | 'working' | 'failed'>('idle');
  const [showEmbed, setShowEmbed] = useState(false);
  // The period on screen travels with the filters: once the reader has zoomed or panned (the URL then names
  // `from` and `to`), the briefing, the handout and the downloads keep to that period; before, to everything.
  const filters = viewQuery(view, lang, { window: true, event: false });
  const exportQuery = viewQuery(view, locale, { window: true, event: false });
  const viewUrl = () => `${origin}/${viewQuery(view, lang)}`;
  const code = embedCode(origin, view, lang, title);

  return (
    <section aria-label={labels.heading} className="js-only space-y-2" data-testid="view-toolbar">
      <div className="flex flex-wrap items-center gap-2">
        {variant === 'app' ? (
          <>
            <CopyButton text={viewUrl} label={labels.copyViewLink} done={labels.copied} failed={copyFailed} />
            <ShareButton url={viewUrl} title={title} label={labels.share} />
            <a className={link} href={`/present${viewQuery(view, lang)}`}>
              {labels.present}
            </a>
            <a className={link} href={`/present/print${filters}`}>
              {labels.print}
            </a>
            <button
              type="button"
              className={shareButton}
              aria-expanded={showEmbed}
              onClick={() => setShowEmbed((v) => !v)}
            >
              {labels.embed}
            </button>
          </>
        ) : (
          <a className={link} href={viewUrl()} target="_blank" rel="noopener" data-testid="open-in-app">
            {view.event !== null ? labels.openEventInApp : labels.openInApp}
          </a>
        )}
        <span className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-ink-soft">{labels.exports}:</span>
          <a className={link} href={`/api/export.ics${exportQuery}`} download>
            {labels.ics}
          </a>
          <a
            className={link}
            href={webcalUrl(origin, viewQuery(view, locale, { window: false, event: false }))}
            data-testid="webcal"
          >
            {labels.subscribe}
          </a>
          <a className={link} href={`/api/export.csv${exportQuery}`} download>
            {labels.csv}
          </a>
          <a className={link} href={`/api/export.json${exportQuery}`} download>
            {labels.json}
          </a>
          <button
            type="button"
            className={`${shareButton} png-export`}
            disabled={png === 'working'}
            onClick={async () => {
              const el = document.querySelector<HTMLElement>('[data-testid="timeline"]');
              if (!el) return;
              setPng('working');
              try {
                await downloadPng(el, 'jylnama-timeline.png', pngFrame(el, labels, origin));
                setPng('idle');
              } catch {
                setPng('failed');
              }
            }}
          >
            {labels.png}
          </button>
          <span role="status" className="text-sm text-ink-soft">
            {png === 'working' ? labels.pngWorking : png === 'failed' ? labels.pngFailed : ''}
          </span>
        </span>
      </div>
      {showEmbed && variant === 'app' && (
        <div className="space-y-2 rounded border border-ink/10 bg-white p-3">
          <label className="block text-sm font-semibold" htmlFor="embed-code">
            {labels.embedCode}
          </label>
          <textarea
            id="embed-code"
            readOnly
            value={code}
            rows={3}
            className="w-full rounded border border-ink/30 p-2 font-mono text-xs"
          />
          <CopyButton text={() => code} label={labels.copyEmbed} done={labels.embedCopied} failed={copyFailed} />
        </div>
      )}
      {variant === 'embed' && (
        <CopyButton text={() => code} label={labels.copyEmbed} done={labels.embedCopied} failed={copyFailed} />
      )}
    </section>
  );
}
