import { expect } from 'vitest';
import { timeLanguageFor } from '../time/languages';
import { tagSentence } from '../time/tag-times';
import type { TimeMention } from '../time/types';

export function tagKk(text: string, referenceDate: string, script: 'Cyrl' | 'Latn' = 'Cyrl'): TimeMention[] {
  return tagSentence(text, { start: 0, end: text.length }, referenceDate, timeLanguageFor('kk', script));
}

/** Exactly one time expression: `expected.text` at its place in `text`, with `value` (and `kind` if given). */
export function expectOne(
  text: string,
  referenceDate: string,
  expected: { text: string; value: string | null; kind?: TimeMention['kind'] },
  script: 'Cyrl' | 'Latn' = 'Cyrl',
): TimeMention {
  const found = tagKk(text, referenceDate, script);
  expect(found.map((m) => m.text)).toEqual([expected.text]);
  const m = found[0]!;
  expect(m.start).toBe(text.indexOf(expected.text));
  expect(text.slice(m.start, m.end)).toBe(expected.text);
  expect(m.value).toBe(expected.value);
  if (expected.kind) expect(m.kind).toBe(expected.kind);
  return m;
}
