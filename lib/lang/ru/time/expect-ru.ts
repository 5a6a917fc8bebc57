import { expect } from 'vitest';
import { expectOneWith, tagWith, type ExpectedTime } from '../../../test-support/expect-time';
import type { TimeKind, TimeMention } from '../../../time/types';
import { RU_LANGUAGE } from './language';

/** Every time expression of a Russian sentence, with `referenceDate` as the article date. */
export function tagRu(text: string, referenceDate: string): TimeMention[] {
  return tagWith(RU_LANGUAGE, text, referenceDate);
}

export type Expected = ExpectedTime;

/** Exactly one Russian time expression (see `expectOneWith`), produced by a Russian parser. */
export function expectOne(text: string, referenceDate: string, expected: Expected): TimeMention {
  const m = expectOneWith(RU_LANGUAGE, text, referenceDate, expected);
  expect(m.rule).toMatch(/^parser\/ru\//);
  return m;
}

/** A table row: sentence, expected span, expected value, and optionally the kind. */
export type Row = [sentence: string, span: string, value: string | null, kind?: TimeKind];

export function expectRow([sentence, span, value, kind]: Row, referenceDate: string): TimeMention {
  return expectOne(sentence, referenceDate, { text: span, value, ...(kind ? { kind } : {}) });
}
