import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The stages import forwards only: lib/article → lib/time → lib/events → lib/corpus, with lib/lang (language data)
// and lib/model (the shared vocabulary) below them all, and nothing in lib importing the app. This reads every
// import of every file under lib/ and checks the rules, so that a shortcut shows up as a failing test.

const LIB = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(LIB);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(?:ts|tsx)$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => path.join(e.parentPath, e.name));
}

/** Every module a file imports or re-exports, resolved to a path relative to the repository (`lib/events/types`). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/^\s*(?:import|export)\s[^;]*?\sfrom\s+'([^']+)'|^\s*import\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/gm)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
  return specifiers
    .map((s) => (s.startsWith('@/') ? s.slice(2) : s.startsWith('.') ? path.relative(ROOT, path.resolve(path.dirname(file), s)) : null))
    .filter((s): s is string => s !== null)
    .map((s) => s.split(path.sep).join('/'));
}

/** The stage a path belongs to: `lib/time/en/month-day` → `lib/time`; `lib/model` → `lib/model`. */
function stageOf(target: string): string {
  const parts = target.split('/');
  return parts[0] === 'lib' ? `lib/${(parts[1] ?? '').replace(/\.tsx?$/, '')}` : (parts[0] ?? '');
}

/** What each folder must never import. */
const FORBIDDEN: Record<string, readonly string[]> = {
  'lib/lang': ['lib/article', 'lib/time', 'lib/events', 'lib/corpus', 'lib/export', 'lib/eval'],
  'lib/article': ['lib/time', 'lib/events', 'lib/corpus', 'lib/export'],
  'lib/time': ['lib/events', 'lib/corpus', 'lib/export'],
  'lib/events': ['lib/corpus', 'lib/export'],
  'lib/model': ['lib/lang', 'lib/article', 'lib/time', 'lib/events', 'lib/corpus', 'lib/export', 'lib/eval'],
};

const files = sourceFiles(LIB);

describe('the import graph of lib/', () => {
  it('finds the files and their imports (the check below is not vacuous)', () => {
    expect(files.length).toBeGreaterThan(100);
    const timeImports = files.filter((f) => f.includes(`${path.sep}time${path.sep}`)).flatMap(importsOf);
    expect(timeImports).toContain('lib/model');
    expect(importsOf(path.join(LIB, 'events', 'ordinal.ts'))).toContain('lib/lang/roman');
  });

  it('never imports the app, nor a module outside the repository by a relative path', () => {
    const bad = files.flatMap((f) => importsOf(f).filter((t) => t.startsWith('app/') || t.startsWith('..')).map((t) => `${path.relative(ROOT, f)} → ${t}`));
    expect(bad).toEqual([]);
  });

  it('imports forwards only: lang and model import no stage; article not time; time not events', () => {
    const bad: string[] = [];
    for (const f of files) {
      const from = stageOf(path.relative(ROOT, f).split(path.sep).join('/'));
      const forbidden = FORBIDDEN[from];
      if (!forbidden) continue;
      for (const target of importsOf(f)) if (forbidden.includes(stageOf(target))) bad.push(`${path.relative(ROOT, f)} → ${target}`);
    }
    expect(bad).toEqual([]);
  });
});
