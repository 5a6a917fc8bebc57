// The parser version: a hash of the parser's source (lib/**/*.ts, less tests, fixtures, evaluation code and test
// helpers). next.config.ts computes it when the app is built and inlines it as JYLNAMA_PARSER_VERSION; the
// command-line scripts compute it when they start. The on-disk cache of parsed articles is keyed by it, so any
// change to lib/ invalidates the cache without anyone having to remember to bump a constant.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** @param {string} name */
const isParserSource = (name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts');
const SKIP_DIRS = new Set(['fixtures', 'eval', 'test-support', 'node_modules']);

/**
 * @param {string} [rootDir]
 * @returns {string} 16 hex digits
 */
export function parserSourceHash(rootDir = root) {
  const libDir = path.join(rootDir, 'lib');
  /** @type {string[]} */
  const files = [];
  /** @param {string} dir */
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) walk(full);
      } else if (isParserSource(entry.name) || entry.name.endsWith('.json')) files.push(full);
    }
  };
  walk(libDir);
  const hash = createHash('sha256');
  for (const file of files.sort()) {
    hash.update(path.relative(libDir, file).split(path.sep).join('/'));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** Sets JYLNAMA_PARSER_VERSION for this process (scripts), unless it is already set. */
export function ensureParserVersionEnv(rootDir = root) {
  process.env.JYLNAMA_PARSER_VERSION ||= parserSourceHash(rootDir);
  return process.env.JYLNAMA_PARSER_VERSION;
}
