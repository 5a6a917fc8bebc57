// `npm start`: serve the timeline over seeds/ (or $JYLNAMA_SEEDS_DIR) on http://localhost:$PORT (default 3000).
// A fresh clone has no build, so this builds first when .next/BUILD_ID is missing or older than the sources,
// then runs `next start`, forwarding signals and the exit code. Extra arguments go to `next start`.
// `npm run serve` is plain `next start`, without the build check.
import { nextStartArgs, rootDir, runForeground, runNextBuild, staleBuildReason } from './next-build.mjs';

const port = process.env.PORT || '3000';

const reason = staleBuildReason();
if (reason) {
  console.log(`[jylnama] building first (${reason}) ...`);
  const code = await runNextBuild();
  if (code !== 0) {
    console.error(`[jylnama] next build failed (exit ${code}); not starting.`);
    process.exit(code);
  }
}

console.log(`[jylnama] serving on http://localhost:${port}`);
runForeground(process.execPath, nextStartArgs(port, process.argv.slice(2)), { cwd: rootDir });
