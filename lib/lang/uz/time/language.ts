import { anaphor } from '../../../time/anaphora';
import type { TimeLanguage } from '../../../time/parser';
import { sentenceTense, tenseAfter } from './tense';
import { UZ_PARSERS } from './parsers';

/** Uzbek (Latin): its parsers, its verbs' tense, and `ertasi kuni` (the next day) read against the last date. */
export const UZ_LANGUAGE: TimeLanguage = {
  parsers: UZ_PARSERS,
  tenseAfter,
  sentenceTense,
  anaphora: [anaphor('ertasi\\s+kuni|keyingi\\s+kuni', 1), anaphor("shu\\s+kuni|o[ʻʼ'‘’`]sha\\s+kuni", 0)],
};
