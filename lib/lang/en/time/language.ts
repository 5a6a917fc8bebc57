import { EN_ANAPHORA } from './anaphora';
import { sentenceTense, tenseAfter } from '../tense';
import type { TimeLanguage } from '../../../time/parser';
import { EN_PARSERS, EN_REFINERS } from './index';

export const EN_LANGUAGE: TimeLanguage = {
  parsers: EN_PARSERS,
  refiners: EN_REFINERS,
  tenseAfter,
  sentenceTense,
  anaphora: EN_ANAPHORA,
};
