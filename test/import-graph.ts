import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Reads the import graph of the repository's TypeScript, for the tests that keep its layers apart
// (lib/import-boundaries.test.ts, app/_lib/import-graph.test.ts). Regular expressions over the source are enough:
// the code is formatted by Prettier, so an import starts a line.

export const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** Every .ts/.tsx file under a folder of the repository, as a path relative to the repository (`lib/model.ts`). */
export function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(?:ts|tsx)$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

export interface ImportEdge {
  /** The module, relative to the repository and without extension (`lib/events/types`), or a package name. */
  target: string;
  /** `import type` / `export type`: erased when compiled, so no edge at run time. */
  typeOnly: boolean;
}

const IMPORT =
  /^\s*(import|export)\s+(type\s+)?[^;]*?\sfrom\s+'([^']+)'|^\s*import\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/gm;

/** Every module a file (relative to the repository) imports or re-exports. */
export function importsOf(file: string): ImportEdge[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => {
    const spec = m[3] ?? m[4] ?? m[5] ?? '';
    const target = spec.startsWith('@/')
      ? spec.slice(2)
      : spec.startsWith('.')
        ? path.posix.normalize(path.posix.join(path.posix.dirname(file), spec))
        : spec;
    return { target: target.replace(/\.(?:tsx?|mjs|js)$/, ''), typeOnly: m[2] !== undefined };
  });
}

/** The module a target names, as a file of `files` (`app/_lib/corpus` → `app/_lib/corpus/index.ts`), if it is one. */
export function fileOf(target: string, files: ReadonlySet<string>): string | undefined {
  return [`${target}.ts`, `${target}.tsx`, `${target}/index.ts`, `${target}/index.tsx`].find((f) => files.has(f));
}
