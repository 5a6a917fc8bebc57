// `npm run test:e2e` (the second half of `npm test`): the Playwright suite against a production build.
//   1. find Chromium ($CHROMIUM_PATH, /usr/bin/chromium, Playwright's own); if none, say what to install, exit 1;
//   2. `next build` once (JYLNAMA_SKIP_BUILD=1 reuses the existing build, for quick reruns of specs);
//   3. `playwright test`, with the browser in $JYLNAMA_CHROMIUM; it starts both `next start` servers itself.
// Arguments go to Playwright: `npm run test:e2e -- --project=hostile -g "Sources"`.
import { createRequire } from 'node:module';
import { findChromium } from './find-chromium.mjs';
import { rootDir, runForeground, runNextBuild, staleBuildReason } from './next-build.mjs';

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
runForeground(process.execPath, [playwrightCli, 'test', ...process.argv.slice(2)], {
  cwd: rootDir,
  env: { ...process.env, JYLNAMA_CHROMIUM: found.path, NEXT_TELEMETRY_DISABLED: '1' },
});
