import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/find-chromium.mjs';
import { nextStartArgs } from './scripts/next-build.mjs';
import { e2eDatabaseUrl } from './scripts/e2e-databases.mjs';

// Run through `npm run test:e2e` (scripts/e2e.mjs), which finds Chromium, builds once and passes the browser in
// JYLNAMA_CHROMIUM. `npx playwright test` also works after a `next build`: then Chromium is looked up here.
// Both servers are `next start` of the same production build, never `next dev`.

const root = path.dirname(fileURLToPath(import.meta.url));
const CI = !!process.env.CI;

async function chromiumPath(): Promise<string> {
  if (process.env.JYLNAMA_CHROMIUM) return process.env.JYLNAMA_CHROMIUM;
  const found = await findChromium();
  if (!found.ok) throw new Error(found.message);
  // Worker processes load this config again: pass the answer on instead of searching again.
  process.env.JYLNAMA_CHROMIUM = found.path;
  return found.path;
}

/** Per checkout, so that two clones on one machine do not rewrite each other's folder. */
const hostileSeedsDir = path.join(
  tmpdir(),
  `jylnama-hostile-seeds-${createHash('sha1').update(root).digest('hex').slice(0, 8)}`,
);
// The hostile specs drop files into that folder (and the Add page writes there): they read it from here.
process.env.JYLNAMA_HOSTILE_SEEDS_DIR = hostileSeedsDir;
/** Writing is on only on the hostile server, whose folder is a scratch copy; the seeds server has no token. */
const E2E_EDITOR_TOKEN = 'e2e-editor-token-not-secret';
process.env.JYLNAMA_E2E_EDITOR_TOKEN = E2E_EDITOR_TOKEN;

/**
 * Each server its own database: an embedded one (one process per data folder, per checkout, kept between runs),
 * or, on the second run of scripts/e2e.mjs, a database of the PostgreSQL server made empty for the run.
 */
const databaseBase = process.env.JYLNAMA_E2E_DATABASE_BASE;
const dataDir = (name: string): Record<string, string> =>
  databaseBase
    ? { DATABASE_URL: e2eDatabaseUrl(databaseBase, name, root) }
    : {
        DATABASE_URL: '',
        JYLNAMA_DATA_DIR: path.join(
          tmpdir(),
          `jylnama-data-${name}-${createHash('sha1').update(root).digest('hex').slice(0, 8)}`,
        ),
      };

/** A synthetic corpus large enough for the timeline page to load it a window at a time (timeline/page-data.ts). */
const windowedDir = path.join(
  tmpdir(),
  `jylnama-windowed-${createHash('sha1').update(root).digest('hex').slice(0, 8)}`,
);

// 3100, 3101 and 3102 unless JYLNAMA_E2E_PORT moves them (e.g. to run a second checkout's suite beside this one).
const SEEDS_PORT = Number(process.env.JYLNAMA_E2E_PORT || 3100);
const HOSTILE_PORT = SEEDS_PORT + 1;
const WINDOWED_PORT = SEEDS_PORT + 2;
const q = (s: string) => JSON.stringify(s);
const nextStart = (port: number) => [process.execPath, ...nextStartArgs(port)].map(q).join(' ');

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  // Two cores: two browser workers next to two Next servers is the most this machine takes.
  workers: 2,
  fullyParallel: false,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  // `list` only: no HTML report is written or opened.
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    launchOptions: {
      executablePath: await chromiumPath(),
      args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-dev-shm-usage'],
    },
    trace: CI ? 'on-first-retry' : 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'seeds',
      testMatch: /.*\.spec\.ts$/,
      testIgnore: [
        /.*\.hostile\.spec\.ts$/,
        /.*\.hostile-after\.spec\.ts$/,
        /.*\.windowed\.spec\.ts$/,
        /mobile\.spec\.ts$/,
      ],
      use: { baseURL: `http://localhost:${SEEDS_PORT}` },
    },
    // The phone and tablet layouts: the mobile spec, and the accessibility spec once more at these sizes.
    {
      name: 'phone',
      testMatch: [/mobile\.spec\.ts$/, /a11y\.spec\.ts$/],
      use: {
        baseURL: `http://localhost:${SEEDS_PORT}`,
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 3,
        isMobile: true,
        hasTouch: true,
      },
    },
    {
      name: 'tablet',
      testMatch: [/mobile\.spec\.ts$/, /a11y\.spec\.ts$/],
      use: {
        baseURL: `http://localhost:${SEEDS_PORT}`,
        viewport: { width: 820, height: 1180 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
      },
    },
    {
      name: 'hostile',
      testMatch: /.*\.hostile\.spec\.ts$/,
      use: { baseURL: `http://localhost:${HOSTILE_PORT}` },
    },
    {
      // Specs that change what the hostile server shows (a later article moves an event) or leave this client
      // throttled (wrong tokens in a burst): after the hostile project, so that its specs never see either.
      name: 'hostile-after',
      testMatch: /.*\.hostile-after\.spec\.ts$/,
      dependencies: ['hostile'],
      use: { baseURL: `http://localhost:${HOSTILE_PORT}` },
    },
    {
      name: 'windowed',
      testMatch: /.*\.windowed\.spec\.ts$/,
      use: { baseURL: `http://localhost:${WINDOWED_PORT}` },
    },
  ],
  webServer: [
    {
      command: nextStart(SEEDS_PORT),
      url: `http://localhost:${SEEDS_PORT}/`,
      env: { JYLNAMA_SEEDS_DIR: path.join(root, 'seeds'), ...dataDir('seeds') },
      cwd: root,
      reuseExistingServer: !CI,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `${q(process.execPath)} ${q(path.join(root, 'scripts', 'prepare-hostile-seeds.mjs'))} ${q(hostileSeedsDir)} && ${nextStart(HOSTILE_PORT)}`,
      url: `http://localhost:${HOSTILE_PORT}/`,
      env: { JYLNAMA_SEEDS_DIR: hostileSeedsDir, JYLNAMA_EDITOR_TOKEN: E2E_EDITOR_TOKEN, ...dataDir('hostile') },
      cwd: root,
      reuseExistingServer: !CI,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // 1,500 synthetic articles (deterministic), a few hundred events: a windowed page with counts when zoomed out.
      command: `${q(process.execPath)} --import tsx ${q(path.join(root, 'scripts', 'corpus-synth.ts'))} --articles 1500 --out ${q(windowedDir)} && ${nextStart(WINDOWED_PORT)}`,
      url: `http://localhost:${WINDOWED_PORT}/api/articles`,
      env: {
        JYLNAMA_SEEDS_DIR: windowedDir,
        JYLNAMA_INLINE_EVENTS: '100',
        JYLNAMA_CACHE_DIR: path.join(windowedDir, '.cache'),
        ...dataDir('windowed'),
      },
      cwd: root,
      reuseExistingServer: !CI,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
