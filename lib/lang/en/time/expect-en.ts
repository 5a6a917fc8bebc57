import { expectOneWith, tagWith, type ExpectedTime } from '../../../test-support/expect-time';
import type { TimeMention } from '../../../time/types';
import { EN_LANGUAGE } from './language';

/** Every English time expression of `text`, the reference date as the article date. */
export function tagEn(text: string, referenceDate: string): TimeMention[] {
  return tagWith(EN_LANGUAGE, text, referenceDate);
}

export type Expected = ExpectedTime;

/** Exactly one English time expression (see `expectOneWith`). */
export function expectOne(text: string, referenceDate: string, expected: Expected): TimeMention {
  return expectOneWith(EN_LANGUAGE, text, referenceDate, expected);
}

/** A row of a table-driven test: sentence, matched text, EDTF value, and optionally the TIMEX3 value. */
export type Row = [sentence: string, text: string, value: string | null, timex?: string];

/** A checker for `it.each<Row>`: each row must yield exactly its one expression, against `referenceDate`. */
export function rowsAgainst(referenceDate: string): (...row: Row) => void {
  return (sentence, text, value, timex) => {
    expectOne(sentence, referenceDate, { text, value, ...(timex ? { timex } : {}) });
  };
}
