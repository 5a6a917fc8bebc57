import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../build-corpus';
import { seedFiles } from '../../test-support/seeds';
import type { CorpusEvent } from '../types';
import { applyCorrections, evidenceOf, inForce } from './apply';
import type { Correction, CorrectionOp } from './types';
import { checkCorrection, readDate } from './validate';

const corpus = buildCorpus(seedFiles());
const visit = corpus.events.find((e) => e.type === 'state-visit' && e.start === '2025-11-14')!;
const other = corpus.events.find((e) => e !== visit && e.sources.length > 0)!;

let n = 0;
function correction(event: CorpusEvent, op: CorrectionOp, over: Partial<Correction> = {}): Correction {
  n++;
  return {
    id: `c${n}`,
    eventId: event.id,
    evidence: evidenceOf(event),
    op,
    editor: 'aigerim',
    at: `2026-12-03T10:00:${String(n).padStart(2, '0')}Z`,
    ...over,
  };
}
const checked = (body: unknown, history: Correction[] = []) => {
  const r = checkCorrection(body, visit, history);
  if (!r.ok) throw new Error(r.error);
  return r.op;
};

describe('reading what an editor wrote', () => {
  it('reads a date as EDTF or as an article writes it, in Kazakh, Russian and English', () => {
    expect(readDate('2025-11-14/2025-11-15', '2025-11-20')).toBe('2025-11-14/2025-11-15');
    expect(readDate('2025-11', '2025-11-20')).toBe('2025-11');
    expect(readDate('14–15 November 2025', '2025-11-20')).toBe('2025-11-14/2025-11-15');
    expect(readDate('14–15 қараша', '2025-11-20')).toBe('2025-11-14/2025-11-15');
    expect(readDate('16 ноября 2025 года', '2025-11-20')).toBe('2025-11-16');
    expect(readDate('2025-13-40', '2025-11-20')).toBeNull();
    expect(readDate('next time', '2025-11-20')).toBeNull();
    expect(readDate('the talks of 14 November were long and fruitful', '2025-11-20')).toBeNull();
  });

  it('turns names into the gazetteer’s ids, and refuses what it does not know, with a message', () => {
    expect(checked({ op: 'set', field: 'place', value: 'Ташкент' })).toMatchObject({ value: 'tashkent' });
    expect(checked({ op: 'set', field: 'participants', value: ['Тоқаев', 'mirziyoyev', 'Токаев'] })).toMatchObject({
      value: ['tokayev', 'mirziyoyev'],
    });
    expect(checkCorrection({ op: 'set', field: 'participants', value: ['Nobody Atall'] }, visit, [])).toEqual({
      ok: false,
      error: expect.stringMatching(/^Unknown participant "Nobody Atall"/),
    });
    expect(checkCorrection({ op: 'set', field: 'when', value: 'soon' }, visit, [])).toEqual({
      ok: false,
      error: expect.stringMatching(/not a date the app can read/),
    });
    expect(checkCorrection({ op: 'set', field: 'type', value: 'party' }, visit, [])).toMatchObject({ ok: false });
    expect(checkCorrection({ op: 'set', field: 'constructor', value: 'x' }, visit, [])).toMatchObject({ ok: false });
    expect(checkCorrection({ op: 'hide' }, visit, [])).toEqual({
      ok: false,
      error: expect.stringMatching(/reason is required/),
    });
    expect(checkCorrection({ op: 'merge', with: visit.id }, visit, [])).toEqual({
      ok: false,
      error: 'An event cannot be merged with itself.',
    });
    expect(checkCorrection({ op: 'merge', with: 'nope' }, visit, [])).toEqual({
      ok: false,
      error: expect.stringMatching(/No event "nope"/),
    });
    const lone = corpus.events.find((e) => e.sources.length === 1)!;
    const s = lone.sources[0]!;
    expect(
      checkCorrection({ op: 'split', source: { articleId: s.articleId, start: s.start, end: s.end } }, lone, []),
    ).toEqual({ ok: false, error: expect.stringMatching(/leave an event with no source/) });
    expect(checkCorrection('set', visit, [])).toMatchObject({ ok: false });
    expect(checkCorrection({ op: 'revert', correction: 'c-unknown' }, visit, [])).toEqual({
      ok: false,
      error: expect.stringMatching(/No correction "c-unknown"/),
    });
  });

  it('a title is given for every language at once, or per language', () => {
    expect(checked({ op: 'set', field: 'title', value: 'Tokayev in Tashkent' })).toMatchObject({
      value: { kk: 'Tokayev in Tashkent', ru: 'Tokayev in Tashkent', en: 'Tokayev in Tashkent' },
    });
    expect(checked({ op: 'set', field: 'title', value: { en: 'State visit' } })).toMatchObject({
      value: { ...visit.title, en: 'State visit' },
    });
  });
});

describe('applying corrections', () => {
  it('sets the corrected values, keeps the machine’s beside them, and says who, when and why', () => {
    const c = correction(visit, {
      op: 'set',
      field: 'when',
      value: '2025-11-13/2025-11-15',
      reason: 'the programme began on the 13th',
    });
    const { events } = applyCorrections(corpus.events, [c]);
    const fixed = events.find((e) => e.id === visit.id)!;
    expect(fixed).toMatchObject({ when: '2025-11-13/2025-11-15', start: '2025-11-13', end: '2025-11-15' });
    expect(fixed.corrections?.machine).toEqual({ when: visit.when, start: visit.start, end: visit.end });
    expect(fixed.corrections?.fields.when).toEqual({
      correction: c.id,
      by: 'aigerim',
      at: c.at,
      reason: 'the programme began on the 13th',
    });
    // The merge's own objects are not touched, and events no one corrected are the same objects.
    expect(visit.when).toBe('2025-11-14/2025-11-15');
    expect(events.filter((e) => e.id !== visit.id).every((e) => corpus.events.includes(e))).toBe(true);
  });

  it('hides an event from readers, lists it for editors, and a revert brings it back (a revert of the revert hides it again)', () => {
    const hide = correction(visit, { op: 'hide', reason: 'not an event' });
    expect(applyCorrections(corpus.events, [hide]).events.some((e) => e.id === visit.id)).toBe(false);
    expect(applyCorrections(corpus.events, [hide]).hidden.map((e) => e.id)).toEqual([visit.id]);
    const undo = correction(visit, { op: 'revert', correction: hide.id, reason: '' });
    expect(applyCorrections(corpus.events, [hide, undo]).events.some((e) => e.id === visit.id)).toBe(true);
    const redo = correction(visit, { op: 'revert', correction: undo.id, reason: '' });
    expect(inForce([hide, undo, redo])).toEqual([hide]);
  });

  it('the later value of a field wins; a confirmation is kept beside it', () => {
    const a = correction(visit, { op: 'set', field: 'status', value: 'announced', reason: '' });
    const b = correction(visit, { op: 'set', field: 'status', value: 'reported', reason: 'it took place' });
    const ok = correction(visit, { op: 'confirm', reason: '' });
    const fixed = applyCorrections(corpus.events, [a, b, ok]).events.find((e) => e.id === visit.id)!;
    expect(fixed.status).toBe('reported');
    expect(fixed.corrections?.fields.status?.correction).toBe(b.id);
    expect(fixed.corrections?.confirmed?.correction).toBe(ok.id);
  });

  it('follows an event renamed by a later merge through its sentences; with none of them left, the correction is an orphan', () => {
    const renamed = correction(
      visit,
      { op: 'set', field: 'type', value: 'official-visit', reason: '' },
      { eventId: 'an-old-id-for-the-visit' },
    );
    const result = applyCorrections(corpus.events, [renamed]);
    expect(result.events.find((e) => e.id === visit.id)?.type).toBe('official-visit');
    expect(result.applied.get(visit.id)).toEqual([renamed]);
    const lost = correction(
      visit,
      { op: 'set', field: 'type', value: 'talks', reason: '' },
      { eventId: 'gone', evidence: ['removed-article:10'] },
    );
    const orphaned = applyCorrections(corpus.events, [lost]);
    expect(orphaned.orphans).toEqual([{ correction: lost, why: expect.stringMatching(/no longer in the corpus/) }]);
    expect(orphaned.events).toEqual(corpus.events);
  });

  it('merges two events into one (the other’s id leads to it), and splits a source off as an event of its own', () => {
    const check = (body: unknown, event: CorpusEvent) => {
      const r = checkCorrection(body, event, [], (id) => corpus.events.find((e) => e.id === id));
      if (!r.ok) throw new Error(r.error);
      return r.op;
    };
    const merge = correction(visit, check({ op: 'merge', with: other.id, reason: 'the same visit' }, visit));
    const merged = applyCorrections(corpus.events, [merge]);
    const one = merged.events.find((e) => e.id === visit.id)!;
    expect(merged.events.some((e) => e.id === other.id)).toBe(false);
    expect(merged.redirects.get(other.id)).toBe(visit.id);
    expect(one.sources.length).toBe(
      new Set([...visit.sources, ...other.sources].map((x) => `${x.articleId}:${x.start}`)).size,
    );
    expect(one.corrections?.structure).toEqual([
      expect.objectContaining({ op: 'merge', other: other.id, by: 'aigerim' }),
    ]);
    // A field fixed on the event merged away follows its sentences to the event they are now in.
    const onOther = correction(other, { op: 'set', field: 'status', value: 'announced', reason: '' });
    expect(applyCorrections(corpus.events, [merge, onOther]).events.find((e) => e.id === visit.id)?.status).toBe(
      'announced',
    );

    const many = corpus.events.find((e) => e.sources.length >= 2)!;
    const source = many.sources[many.sources.length - 1]!;
    const split = correction(
      many,
      check({ op: 'split', source: { articleId: source.articleId, start: source.start, end: source.end } }, many),
    );
    const after = applyCorrections(corpus.events, [split]);
    const rest = after.events.find((e) => e.id === many.id)!;
    const alone = after.events.find((e) => e.id === `${many.id}~${source.articleId}-${source.start}`)!;
    expect(rest.sources).toHaveLength(many.sources.length - 1);
    expect(alone.sources).toEqual([source]);
    expect(alone.status).toBe(source.status);
    // Reverted, both are as the merge left them.
    const undo = correction(many, { op: 'revert', correction: split.id, reason: '' });
    expect(applyCorrections(corpus.events, [split, undo]).events).toEqual(corpus.events);
  });

  it('attaches a sentence an editor selected to an event: the whole sentence, quoted exactly', () => {
    const article =
      corpus.articles.find((a) => !visit.sources.some((x) => x.articleId === a.article.id)) ?? corpus.articles[0]!;
    const sentence = article.article.sentences.find(
      (x) => !visit.sources.some((y) => y.articleId === article.article.id && y.start === x.start),
    )!;
    const op = checkCorrection(
      {
        op: 'attach',
        source: { articleId: article.article.id, start: sentence.start + 2, end: sentence.start + 5 },
        reason: 'it tells of the visit',
      },
      visit,
      [],
      undefined,
      article.article,
    );
    if (!op.ok) throw new Error(op.error);
    expect(op.op).toMatchObject({
      op: 'attach',
      source: { articleId: article.article.id, start: sentence.start, end: sentence.end },
      quote: article.article.text.slice(sentence.start, sentence.end),
    });
    const attached = applyCorrections(corpus.events, [correction(visit, op.op)]).events.find((e) => e.id === visit.id)!;
    const added = attached.sources.find((x) => x.articleId === article.article.id && x.start === sentence.start)!;
    expect(added.quote).toBe(article.article.text.slice(added.start, added.end));
    expect(added.link.reasons).toEqual([{ code: 'editor', weight: 0, detail: 'aigerim' }]);
    expect(
      checkCorrection(
        { op: 'attach', source: { articleId: article.article.id, start: 0, end: 10 ** 7 } },
        visit,
        [],
        undefined,
        article.article,
      ),
    ).toMatchObject({ ok: false });
    expect(
      checkCorrection(
        { op: 'attach', source: { articleId: 'other', start: 0, end: 5 } },
        visit,
        [],
        undefined,
        article.article,
      ),
    ).toEqual({ ok: false, error: 'No article "other".' });
  });
});
