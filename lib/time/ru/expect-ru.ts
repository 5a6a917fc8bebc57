import { expect } from 'vitest';
import { tagSentence } from '../tag-times';
import type { TimeKind, TimeMention } from '../types';
import { RU_LANGUAGE } from './language';

/** Every time expression of a Russian sentence, with `referenceDate` as the article date. */
export function tagRu(text: string, referenceDate: string): TimeMention[] {
  return tagSentence(text, { start: 0, end: text.length }, referenceDate, RU_LANGUAGE);
}

export interface Expected {
  text: string;
  value: string | null;
  kind?: TimeKind;
}

/** Exactly one time expression: `expected.text` at its place in `text`, with `value` (and `kind` if given). */
export function expectOne(text: string, referenceDate: string, expected: Expected): TimeMention {
  const found = tagRu(text, referenceDate);
  expect(found.map((m) => m.text)).toEqual([expected.text]);
  const m = found[0]!;
  expect(m.start).toBe(text.indexOf(expected.text));
  expect(text.slice(m.start, m.end)).toBe(expected.text);
  expect(m.value).toBe(expected.value);
  if (expected.kind) expect(m.kind).toBe(expected.kind);
  expect(m.rule).toMatch(/^parser\/ru\//);
  return m;
}

/** A table row: sentence, expected span, expected value, and optionally the kind. */
export type Row = [sentence: string, span: string, value: string | null, kind?: TimeKind];

export function expectRow([sentence, span, value, kind]: Row, referenceDate: string): TimeMention {
  return expectOne(sentence, referenceDate, { text: span, value, ...(kind ? { kind } : {}) });
}
