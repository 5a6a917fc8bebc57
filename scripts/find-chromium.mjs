// Finds a Chromium for the Playwright suite and for `npm run bench`, in this order:
//   1. $CHROMIUM_PATH (an explicit choice: if it is set but unusable, that is an error, not a fallthrough);
//   2. /usr/bin/chromium (Debian/Ubuntu package `chromium`, what .ci/run installs);
//   3. Playwright's own build (`chromium.executablePath()` from playwright-core), if it has been downloaded.
// Run directly (`node scripts/find-chromium.mjs`) it prints the path, or what to install, and exits 1 if none.
import { accessSync, constants, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** @param {string} file */
function isExecutableFile(file) {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The path Playwright would use for its own Chromium download, or null when playwright-core is unavailable. */
export async function playwrightChromiumPath() {
  try {
    const { chromium } = await import('playwright-core');
    return chromium.executablePath() || null;
  } catch {
    return null;
  }
}

/**
 * @param {{ env?: Record<string, string | undefined>, systemPath?: string, playwrightPath?: () => Promise<string | null> }} [options]
 *   seams for tests; the defaults are the real environment.
 * @returns {Promise<{ ok: true, path: string, source: string } | { ok: false, message: string }>}
 */
export async function findChromium(options = {}) {
  const env = options.env ?? process.env;
  const systemPath = options.systemPath ?? SYSTEM_CHROMIUM;
  const playwrightPath = options.playwrightPath ?? playwrightChromiumPath;

  const explicit = env.CHROMIUM_PATH;
  if (explicit) {
    if (isExecutableFile(explicit)) return { ok: true, path: explicit, source: 'CHROMIUM_PATH' };
    return {
      ok: false,
      message:
        `CHROMIUM_PATH is set to ${explicit}, which is not an executable file.\n` +
        "Point it at a Chromium or Chrome binary, or unset it to use /usr/bin/chromium or Playwright's Chromium.",
    };
  }
  if (isExecutableFile(systemPath)) return { ok: true, path: systemPath, source: 'system' };
  const own = await playwrightPath();
  if (own && isExecutableFile(own)) return { ok: true, path: own, source: 'playwright' };

  return {
    ok: false,
    message: [
      'No Chromium found for the browser tests. Looked at:',
      '  - $CHROMIUM_PATH (not set)',
      `  - ${systemPath} (missing)`,
      `  - Playwright's own Chromium${own ? ` at ${own}` : ''} (missing)`,
      'Install one of these, then run the command again:',
      '  - Debian/Ubuntu:  sudo apt-get install chromium        (what .ci/run does)',
      '  - where browser downloads work:  npx playwright install chromium',
      '  - or set CHROMIUM_PATH=/path/to/chromium (any recent Chromium or Chrome)',
    ].join('\n'),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const found = await findChromium();
  if (found.ok) {
    console.log(found.path);
  } else {
    console.error(found.message);
    process.exit(1);
  }
}
