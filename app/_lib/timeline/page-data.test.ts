import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCorpus } from '@/lib/corpus/build-corpus';
import { getDictionary } from '@/app/_i18n/dictionary';
import { EMPTY_VIEW } from '@/app/_lib/view/view-state';
import { timelinePage } from './page-data';

const seeds = path.resolve(__dirname, '../../../seeds');
const corpus = buildCorpus(
  readdirSync(seeds)
    .filter((n) => n.endsWith('.txt'))
    .map((n) => ({ fileName: n, bytes: new Uint8Array(readFileSync(path.join(seeds, n))) })),
);
const en = getDictionary('en');

describe('the timeline page of a corpus', () => {
  afterEach(() => {
    delete process.env.JYLNAMA_INLINE_EVENTS;
  });

  it('carries every event of a small corpus', () => {
    const page = timelinePage(corpus, EMPTY_VIEW, en);
    expect(page.mode).toBe('inline');
    if (page.mode !== 'inline') return;
    expect(page.events).toHaveLength(corpus.events.length);
    expect(page.timeline).toHaveLength(corpus.events.filter((e) => e.start !== null).length);
  });

  it('carries one window of a corpus above the threshold, with the extent for "fit all"', () => {
    process.env.JYLNAMA_INLINE_EVENTS = '0';
    const page = timelinePage(corpus, EMPTY_VIEW, en);
    expect(page.mode).toBe('windowed');
    if (page.mode !== 'windowed') return;
    const dated = corpus.events.filter((e) => e.start !== null);
    expect(page.extent).toEqual({
      from: dated.map((e) => e.start!).sort()[0],
      to: dated
        .map((e) => e.end ?? e.start!)
        .sort()
        .at(-1),
    });
    // "Fit all" of the seeds holds every dated event, well under the limit: events, not counts.
    expect(page.initial.events.map((e) => e.id).sort()).toEqual(dated.map((e) => e.id).sort());
    expect(page.initial.clusters).toEqual([]);
    expect(page.undatedTotal).toBe(corpus.events.length - dated.length);
  });

  it('opens a shared event of a large corpus on a window around it', () => {
    process.env.JYLNAMA_INLINE_EVENTS = '0';
    const summit = corpus.events.find((e) => e.type === 'summit')!;
    const page = timelinePage(corpus, { ...EMPTY_VIEW, event: summit.id }, en);
    if (page.mode !== 'windowed') throw new Error('expected the windowed page');
    expect(page.view.from! < summit.start!).toBe(true);
    expect(page.view.to! > (summit.end ?? summit.start!)).toBe(true);
    expect(page.initial.events.map((e) => e.id)).toContain(summit.id);
  });

  it('applies the filters on the server, to the window and the undated list alike', () => {
    process.env.JYLNAMA_INLINE_EVENTS = '0';
    const page = timelinePage(corpus, { ...EMPTY_VIEW, types: ['summit'] }, en);
    if (page.mode !== 'windowed') throw new Error('expected the windowed page');
    expect(page.initial.events.length).toBeGreaterThan(0);
    expect(page.initial.events.every((e) => e.type === 'summit')).toBe(true);
    expect(page.undated.every((e) => e.type === 'summit')).toBe(true);
  });
});
