// Shared by scripts/start.mjs, scripts/e2e.mjs and scripts/bench.ts: where Next's CLI is, whether the production
// build in .next/ is older than the sources, and how to run `next build` (and bundle the parse worker beside it).
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
const httpGuard = path.join(rootDir, 'scripts', 'http-guard.mjs');

/**
 * Node arguments for `next start` on `port`, with the HTTP guard (scripts/http-guard.mjs) loaded first.
 * @param {string | number} port
 * @param {string[]} [extra]
 */
export function nextStartArgs(port, extra = []) {
  return ['--import', pathToFileURL(httpGuard).href, nextBin, 'start', '-p', String(port), ...extra];
}

/** What a production build is made from. Unit tests (`*.test.ts`) are not part of it. */
const SOURCE_DIRS = ['app', 'lib'];
const SOURCE_FILES = [
  'next.config.ts',
  'proxy.ts',
  'middleware.ts',
  'package.json',
  'tailwind.config.ts',
  'postcss.config.mjs',
  'tsconfig.json',
];

/** @param {string} file */
function mtimeOf(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/** @param {string} dir */
function newestUnder(dir) {
  let newest = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestUnder(p));
    else if (e.isFile() && !/\.test\.tsx?$/.test(e.name)) newest = Math.max(newest, mtimeOf(p));
  }
  return newest;
}

/**
 * Why a build is needed, or null when `.next/BUILD_ID` is newer than every source.
 * @param {string} [root]
 */
export function staleBuildReason(root = rootDir) {
  const built = mtimeOf(path.join(root, '.next', 'BUILD_ID'));
  if (!built) return 'no production build yet';
  if (!mtimeOf(path.join(root, '.next', 'jylnama', 'parse-worker.mjs'))) return 'no parse worker bundle yet';
  const newest = Math.max(
    ...SOURCE_DIRS.map((d) => newestUnder(path.join(root, d))),
    ...SOURCE_FILES.map((f) => mtimeOf(path.join(root, f))),
  );
  return newest > built ? 'the sources changed since the last build' : null;
}

/**
 * Runs `next build` with the output shown; resolves to its exit code.
 * @param {string} [root]
 * @returns {Promise<number>}
 */
export async function runNextBuild(root = rootDir) {
  const code = await new Promise((resolve) => {
    const child = spawn(process.execPath, [nextBin, 'build'], { cwd: root, stdio: 'inherit' });
    child.on('error', (e) => {
      console.error(`[jylnama] could not run next build: ${e.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
  if (code !== 0) return code;
  try {
    await buildParseWorker(path.join(root, '.next', 'jylnama', 'parse-worker.mjs'), root);
    return 0;
  } catch (e) {
    console.error(`[jylnama] could not bundle the parse worker: ${/** @type {Error} */ (e).message}`);
    return 1;
  }
}

/**
 * Bundles app/_lib/corpus/parse-worker.ts (and the lib/ it uses) into one ES module that a worker thread can run
 * with plain Node. esbuild is what tsx and Vite already use; it reads the `@/` paths from tsconfig.json.
 * @param {string} outfile
 * @param {string} [root]
 */
export async function buildParseWorker(outfile, root = rootDir) {
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: [path.join(root, 'app', '_lib', 'corpus', 'parse-worker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    tsconfig: path.join(root, 'tsconfig.json'),
    logLevel: 'warning',
    // A bundled CommonJS dependency may still call require(): give the module one.
    banner: {
      js: "import { createRequire as __jylnamaRequire } from 'node:module'; const require = __jylnamaRequire(import.meta.url);",
    },
  });
}

/** Exit code for a child that ended by a signal, as a shell reports it (128 + signal number). */
const SIGNAL_NUMBERS = /** @type {Record<string, number>} */ ({ SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGTERM: 15 });

/**
 * Runs a command in the foreground: output inherited, SIGINT/SIGTERM/SIGHUP forwarded to it, and this process
 * exits with its exit code (or 128 + signal) when the child ends.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv }} [options]
 */
export function runForeground(command, args, options = {}) {
  const child = spawn(command, args, {
    cwd: options.cwd ?? rootDir,
    env: options.env ?? process.env,
    stdio: 'inherit',
  });
  /** @type {NodeJS.Signals[]} */
  const forwarded = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const sig of forwarded) {
    process.on(sig, () => {
      if (child.exitCode === null && child.signalCode === null) child.kill(sig);
    });
  }
  child.on('error', (e) => {
    console.error(`[jylnama] could not run ${command}: ${e.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    process.exit(code ?? 128 + (signal ? (SIGNAL_NUMBERS[signal] ?? 1) : 1));
  });
}
