// `npm run bench` (d): Lighthouse (the `lighthouse` npm package, driving the local Chromium through chrome-launcher)
// on `/` and on one `/events/[id]`, against `next start` of the production build over seeds/. Prints the four
// category scores and LCP, TBT and CLS for each page, with Lighthouse's mobile profile (a mid-range phone on a
// throttled network, simulated) and its desktop one. Targets (issue 14): performance ≥ 95, LCP ≤ 1.5 s,
// TBT ≤ 150 ms, the other three categories 100.
import path from 'node:path';
import { startBuiltServer } from './bench-server';
import { findChromium } from './find-chromium.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Lighthouse's two stock profiles: `mobile` is its default (Moto G Power, slow 4G, 4× CPU slowdown). */
const PROFILES = [
  { name: 'mobile', settings: { formFactor: 'mobile' as const } },
  {
    name: 'desktop',
    settings: {
      formFactor: 'desktop' as const,
      screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false },
      throttling: {
        rttMs: 40,
        throughputKbps: 10240,
        cpuSlowdownMultiplier: 1,
        requestLatencyMs: 0,
        downloadThroughputKbps: 0,
        uploadThroughputKbps: 0,
      },
    },
  },
];

export async function benchLighthouse(rootDir: string): Promise<void> {
  console.log('== (d) Lighthouse (mobile and desktop profiles) against next start');
  const chromium = await findChromium();
  if (!chromium.ok) {
    console.log('skipped: no Chromium found (see scripts/find-chromium.mjs)');
    return;
  }
  const { origin, stop } = await startBuiltServer(path.join(rootDir, 'seeds'));
  const { launch } = await import('chrome-launcher');
  const { default: lighthouse } = await import('lighthouse');
  let chrome: Awaited<ReturnType<typeof launch>> | null = null;
  try {
    const events = (await (await fetch(`${origin}/api/events`)).json()) as { id: string; start: string | null }[];
    const event = events.find((e) => e.start !== null) ?? events[0];
    const pages = ['/', ...(event ? [`/events/${encodeURIComponent(event.id)}`] : [])];
    chrome = await launch({
      chromePath: chromium.path,
      chromeFlags: [
        '--headless=new',
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-gpu',
        '--disable-dev-shm-usage',
      ],
    });
    for (const profile of PROFILES) {
      for (const p of pages) {
        // One warm-up load so that the server's first parse of the corpus is not measured.
        await fetch(`${origin}${p}`);
        const result = await lighthouse(
          `${origin}${p}`,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
          { extends: 'lighthouse:default', settings: { ...profile.settings, throttlingMethod: 'simulate' } },
        );
        const lhr = result?.lhr;
        if (!lhr) {
          console.log(`${profile.name} ${p}: no result`);
          continue;
        }
        const score = (c: (typeof CATEGORIES)[number]) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
        const audit = (id: string) => lhr.audits[id]?.displayValue ?? '?';
        console.log(
          `${profile.name} ${p}: performance ${score('performance')}, accessibility ${score('accessibility')}, best-practices ${score('best-practices')}, SEO ${score('seo')}; ` +
            `LCP ${audit('largest-contentful-paint')}, TBT ${audit('total-blocking-time')}, CLS ${audit('cumulative-layout-shift')}`,
        );
        for (const c of CATEGORIES) {
          const failing = lhr.categories[c]?.auditRefs
            .map((r) => lhr.audits[r.id])
            .filter(
              (a) =>
                a &&
                a.score !== null &&
                a.score < 0.9 &&
                a.scoreDisplayMode !== 'informative' &&
                a.scoreDisplayMode !== 'notApplicable' &&
                a.scoreDisplayMode !== 'manual',
            );
          if (failing && failing.length > 0 && score(c) < 100)
            console.log(`  ${c}: ${failing.map((a) => a?.id).join(', ')}`);
        }
      }
    }
  } finally {
    await chrome?.kill();
    stop();
  }
}
