import { expect } from 'vitest';
import { tagSentence } from '../tag-times';
import { toTimex } from '../timex';
import type { TimeKind, TimeMention } from '../types';
import { EN_LANGUAGE } from './language';

/** Every English time expression of `text`, the reference date as the article date. */
export function tagEn(text: string, referenceDate: string): TimeMention[] {
  return tagSentence(text, { start: 0, end: text.length }, referenceDate, EN_LANGUAGE);
}

export interface Expected {
  /** The matched text; its place in `text` is its first occurrence. */
  text: string;
  /** EDTF value, or null for vague expressions. */
  value: string | null;
  kind?: TimeKind;
  /** TIMEX3 value as `toTimex` gives it, when the test pins it. */
  timex?: string;
}

/** Exactly one time expression: `expected.text` at its place in `text`, with its value (and kind and TIMEX3 if given). */
export function expectOne(text: string, referenceDate: string, expected: Expected): TimeMention {
  const found = tagEn(text, referenceDate);
  expect(found.map((m) => m.text)).toEqual([expected.text]);
  const m = found[0]!;
  expect(m.start).toBe(text.indexOf(expected.text));
  expect(text.slice(m.start, m.end)).toBe(expected.text);
  expect(m.value).toBe(expected.value);
  if (expected.kind) expect(m.kind).toBe(expected.kind);
  if (expected.timex) expect(toTimex(m).value).toBe(expected.timex);
  return m;
}

/** A row of a table-driven test: sentence, matched text, EDTF value, and optionally the TIMEX3 value. */
export type Row = [sentence: string, text: string, value: string | null, timex?: string];

/** A checker for `it.each<Row>`: each row must yield exactly its one expression, against `referenceDate`. */
export function rowsAgainst(referenceDate: string): (...row: Row) => void {
  return (sentence, text, value, timex) => {
    expectOne(sentence, referenceDate, { text, value, ...(timex ? { timex } : {}) });
  };
}
