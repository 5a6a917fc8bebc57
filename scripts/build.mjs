// `npm run build`: `next build`, then the parse worker bundled beside it (.next/jylnama/parse-worker.mjs).
import { runNextBuild } from './next-build.mjs';

process.exit(await runNextBuild());
