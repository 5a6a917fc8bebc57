import { expect } from 'vitest';
import { timeLanguageFor } from '../lang/registry';
import type { TimeLanguage } from '../time/parser';
import { tagSentence } from '../time/tag-times';
import { toTimex } from '../time/timex';
import type { TimeKind, TimeMention } from '../time/types';

export interface ExpectedTime {
  /** The matched text; its place in the sentence is its first occurrence. */
  text: string;
  /** EDTF value, or null for vague expressions. */
  value: string | null;
  kind?: TimeKind;
  /** TIMEX3 value as `toTimex` gives it, when the test pins it. */
  timex?: string;
}

/** Every time expression of `text` in a language, the reference date as the article date. */
export function tagWith(language: TimeLanguage, text: string, referenceDate: string): TimeMention[] {
  return tagSentence(text, { start: 0, end: text.length }, referenceDate, language);
}

/** Exactly one time expression: `expected.text` at its place in `text`, with its value (and kind, TIMEX3 if given). */
export function expectOneWith(
  language: TimeLanguage,
  text: string,
  referenceDate: string,
  expected: ExpectedTime,
): TimeMention {
  const found = tagWith(language, text, referenceDate);
  expect(found.map((m) => m.text)).toEqual([expected.text]);
  const m = found[0]!;
  expect(m.start).toBe(text.indexOf(expected.text));
  expect(text.slice(m.start, m.end)).toBe(expected.text);
  expect(m.value).toBe(expected.value);
  if (expected.kind) expect(m.kind).toBe(expected.kind);
  if (expected.timex) expect(toTimex(m).value).toBe(expected.timex);
  return m;
}

export function tagKk(text: string, referenceDate: string, script: 'Cyrl' | 'Latn' = 'Cyrl'): TimeMention[] {
  return tagWith(timeLanguageFor('kk', script), text, referenceDate);
}

/** `expectOneWith` for Kazakh, Cyrillic unless told otherwise. */
export function expectOne(
  text: string,
  referenceDate: string,
  expected: ExpectedTime,
  script: 'Cyrl' | 'Latn' = 'Cyrl',
): TimeMention {
  return expectOneWith(timeLanguageFor('kk', script), text, referenceDate, expected);
}
