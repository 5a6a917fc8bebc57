import { describe, expect, it } from 'vitest';
import { importsOf as edgesOf, sourceFiles } from '../test/import-graph';

// The stages import forwards only: lib/article → lib/time → lib/events → lib/corpus, with lib/model (the shared
// vocabulary) below them all, and nothing in lib importing the app. A language is one plug-in, lib/lang/<code>/
// (registered in lib/lang/registry.ts), and the rules keep the engines free of every language:
// - the engines (lib/time and lib/events, less the plug-ins) never import a plug-in, its registration or the registry:
//   the pipeline hands them their grammars (lib/corpus/build-corpus.ts);
// - a plug-in's time/ part may import the time engine's API and types, not the events engine; its events/ part the
//   events engine's (and the time types it uses); neither imports corpus, export or the app;
// - a plug-in's plain word lists (lib/lang/<code>/*.ts), like the shared lists (gazetteer, roman numerals), import no
//   stage at all;
// - lib/article may import the registry (it detects the language with the plug-ins' hints), no later stage directly;
// - a test may import the registry wherever it stands, and a plug-in's tests anything in lib: they drive the
//   pipeline as the app does.
// This reads every import of every file under lib/ and checks the rules, so that a shortcut shows up as a failing test.

/** Every module a file (relative to the repository) imports or re-exports, type-only imports included. */
const importsOf = (file: string): string[] => edgesOf(file).map((e) => e.target);

const SHARED_LANG = new Set(['gazetteer', 'roman']);
const REGISTRATION = new Set(['registry']);

/**
 * The stage a path belongs to: `lib/time/parser` → `lib/time`; `lib/model` → `lib/model`; in lib/lang a plug-in's
 * parts: `lib/lang/en/time/month-day` → `plugin/time`, `lib/lang/kk/events/grammar` → `plugin/events`,
 * `lib/lang/kk/index` → `lang/registration` (with registry.ts), `lib/lang/plugin` (the types) → `lang/contract`, `lib/lang/kk/months` → `plugin/words`,
 * and the shared lists (`lib/lang/gazetteer/…`, `lib/lang/roman`) → `lang/shared`.
 */
function stageOf(target: string): string {
  const parts = target.replace(/\.tsx?$/, '').split('/');
  if (parts[0] !== 'lib') return parts[0] ?? '';
  if (parts[1] !== 'lang') return `lib/${parts[1] ?? ''}`;
  const [, , code = '', part = ''] = parts;
  if (SHARED_LANG.has(code)) return 'lang/shared';
  if (code === 'plugin') return 'lang/contract';
  if (REGISTRATION.has(code) || parts.length === 3 || (parts.length === 4 && part === 'index'))
    return 'lang/registration';
  if (part === 'time' || part === 'events') return `plugin/${part}`;
  return 'plugin/words';
}

const LANGUAGE_PARTS = ['lang/contract', 'lang/registration', 'plugin/time', 'plugin/events', 'plugin/words'];
const LATER_THAN_EVENTS = ['lib/corpus', 'lib/export', 'lib/eval'];

/** What each part must never import. */
const FORBIDDEN: Record<string, readonly string[]> = {
  'plugin/words': [
    'lib/article',
    'lib/time',
    'lib/events',
    'lang/registration',
    'plugin/time',
    'plugin/events',
    ...LATER_THAN_EVENTS,
  ],
  'lang/shared': [
    'lib/article',
    'lib/time',
    'lib/events',
    'lang/contract',
    'lang/registration',
    'plugin/time',
    'plugin/events',
    ...LATER_THAN_EVENTS,
  ],
  'lang/contract': ['lang/registration', 'plugin/time', 'plugin/events', 'plugin/words', ...LATER_THAN_EVENTS],
  'plugin/time': ['lib/events', 'plugin/events', 'lang/registration', ...LATER_THAN_EVENTS],
  'plugin/events': ['lang/registration', ...LATER_THAN_EVENTS],
  'lang/registration': LATER_THAN_EVENTS,
  'lib/article': ['lib/time', 'lib/events', ...LATER_THAN_EVENTS],
  'lib/time': ['lib/events', ...LANGUAGE_PARTS, ...LATER_THAN_EVENTS],
  'lib/events': [...LANGUAGE_PARTS, ...LATER_THAN_EVENTS],
  'lib/model': [
    'lib/lang',
    'lang/shared',
    ...LANGUAGE_PARTS,
    'lib/article',
    'lib/time',
    'lib/events',
    ...LATER_THAN_EVENTS,
  ],
};

const files = sourceFiles('lib');

describe('the import graph of lib/', () => {
  it('finds the files and their imports (the check below is not vacuous)', () => {
    expect(files.length).toBeGreaterThan(100);
    const timeImports = files.filter((f) => f.includes('/time/')).flatMap(importsOf);
    expect(timeImports).toContain('lib/model');
    expect(importsOf('lib/events/ordinal.ts')).toContain('lib/lang/roman');
    expect(importsOf('lib/lang/kk/events/grammar.ts')).toContain('lib/events/ordinal');
    expect(stageOf('lib/lang/uz/time/parsers')).toBe('plugin/time');
    expect(stageOf('lib/lang/kk/events/grammar')).toBe('plugin/events');
    expect(stageOf('lib/lang/uz/index')).toBe('lang/registration');
    expect(stageOf('lib/lang/registry')).toBe('lang/registration');
    expect(stageOf('lib/lang/kk/months')).toBe('plugin/words');
    expect(stageOf('lib/lang/gazetteer/index')).toBe('lang/shared');
  });

  it('never imports the app, nor a module outside the repository by a relative path', () => {
    const bad = files.flatMap((f) =>
      importsOf(f)
        .filter((t) => t.startsWith('app/') || t.startsWith('..'))
        .map((t) => `${f} → ${t}`),
    );
    expect(bad).toEqual([]);
  });

  it('imports forwards only, and the engines import no language plug-in', () => {
    const bad: string[] = [];
    for (const f of files) {
      const from = stageOf(f);
      const forbidden = FORBIDDEN[from];
      if (!forbidden) continue;
      for (const target of importsOf(f)) {
        const edge = `${f} → ${target}`;
        // Tests drive the pipeline as the app does: one may use the registry anywhere, and a plug-in's tests the
        // whole pipeline (an article end to end).
        const test = f.endsWith('.test.ts') && (stageOf(target) === 'lang/registration' || from.startsWith('plugin/'));
        if (forbidden.includes(stageOf(target)) && !test) bad.push(edge);
      }
    }
    expect(bad).toEqual([]);
  });
});
