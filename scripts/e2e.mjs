// `npm run test:e2e` (the second half of `npm test`): the Playwright suite against a production build.
//   1. find Chromium ($CHROMIUM_PATH, /usr/bin/chromium, Playwright's own); if none, say what to install, exit 1;
//   2. `next build` once (JYLNAMA_SKIP_BUILD=1 reuses the existing build, for quick reruns of specs);
//   3. `playwright test`, with the browser in $JYLNAMA_CHROMIUM; it starts the `next start` servers itself, each on
//      its own embedded database;
//   4. when a PostgreSQL server is reachable (DATABASE_URL, else 127.0.0.1:5432), the same suite again with every
//      server on a PostgreSQL database of its own (JYLNAMA_E2E_STORES=embedded leaves this out).
// Arguments go to Playwright: `npm run test:e2e -- --project=hostile -g "Sources"`.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { freshE2eDatabases, SERVER_BASE_URL, serverReachable } from './e2e-databases.mjs';
import { findChromium } from './find-chromium.mjs';
import { rootDir, runNextBuild, staleBuildReason } from './next-build.mjs';

const found = await findChromium();
if (!found.ok) {
  console.error(`[jylnama] ${found.message}`);
  process.exit(1);
}
console.log(`[jylnama] Chromium: ${found.path} (${found.source})`);

if (process.env.JYLNAMA_SKIP_BUILD === '1' && !staleBuildReason()) {
  console.log('[jylnama] JYLNAMA_SKIP_BUILD=1 and the build is up to date: not rebuilding');
} else {
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  const code = await runNextBuild();
  if (code !== 0) {
    console.error(`[jylnama] next build failed (exit ${code}); the browser tests did not run.`);
    process.exit(code);
  }
}

const playwrightCli = createRequire(import.meta.url).resolve('@playwright/test/cli');
/** @param {Record<string, string>} env @returns {Promise<number>} */
function playwright(env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [playwrightCli, 'test', ...process.argv.slice(2)], {
      cwd: rootDir,
      env: { ...process.env, JYLNAMA_CHROMIUM: found.path, NEXT_TELEMETRY_DISABLED: '1', ...env },
      stdio: 'inherit',
    });
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

console.log('[jylnama] browser suite, every server on its own embedded database (PGlite)');
let code = await playwright({ JYLNAMA_E2E_STORE: 'embedded' });
if (code === 0 && process.env.JYLNAMA_E2E_STORES !== 'embedded') {
  if (await serverReachable()) {
    console.log(
      `[jylnama] browser suite again, every server on its own database of the PostgreSQL server at ${new URL(SERVER_BASE_URL).host}`,
    );
    await freshE2eDatabases(SERVER_BASE_URL, ['seeds', 'hostile', 'windowed'], rootDir);
    code = await playwright({ JYLNAMA_E2E_STORE: 'server', JYLNAMA_E2E_DATABASE_BASE: SERVER_BASE_URL });
  } else {
    console.log(
      '[jylnama] no PostgreSQL server reachable (DATABASE_URL, 127.0.0.1:5432): the suite ran on the embedded database only',
    );
  }
}
process.exit(code);
