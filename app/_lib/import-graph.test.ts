import { describe, expect, it } from 'vitest';
import { fileOf, importsOf, sourceFiles } from '@/test/import-graph';

// app/_lib is grouped by feature (corpus, api, view, timeline, event, search, og, present, article, entity, db …).
// Its modules are the server's and the client's plain logic: they never reach up into the React components, and no
// two of them need each other at run time (a cycle makes the order modules initialise in matter).

const files = sourceFiles('app/_lib').filter((f) => !f.endsWith('.test.ts'));
const known = new Set(files);

/** Run-time edges between modules of app/_lib. */
function edges(file: string): string[] {
  return importsOf(file)
    .filter((e) => !e.typeOnly)
    .map((e) => fileOf(e.target, known))
    .filter((f): f is string => f !== undefined);
}

describe('the import graph of app/_lib', () => {
  it('finds the modules and their imports (the checks below are not vacuous)', () => {
    expect(files.length).toBeGreaterThan(60);
    expect(edges('app/_lib/api/events-answer.ts')).toContain('app/_lib/corpus/event-query.ts');
  });

  it('never imports a component', () => {
    const bad = files.flatMap((f) =>
      importsOf(f)
        .filter((e) => e.target.startsWith('app/_components'))
        .map((e) => `${f} → ${e.target}`),
    );
    expect(bad).toEqual([]);
  });

  it('has no cycle at run time', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (f: string, trail: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(f)), f].join(' → '));
        return;
      }
      state.set(f, 'open');
      for (const next of edges(f)) visit(next, [...trail, f]);
      state.set(f, 'done');
    };
    for (const f of files) visit(f, []);
    expect(cycles).toEqual([]);
  });
});
