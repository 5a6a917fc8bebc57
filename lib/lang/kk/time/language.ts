import { KK_ANAPHORA, KK_LATN_ANAPHORA } from './anaphora';
import { sentenceTense, tenseAfter } from '../tense';
import type { TimeLanguage } from '../../../time/parser';
import { KK_CYRL_PARSERS, KK_CYRL_REFINERS, KK_LATN_PARSERS, KK_LATN_REFINERS } from './index';

export const KK_CYRL_LANGUAGE: TimeLanguage = {
  parsers: KK_CYRL_PARSERS,
  refiners: KK_CYRL_REFINERS,
  tenseAfter,
  sentenceTense,
  anaphora: KK_ANAPHORA,
};
export const KK_LATN_LANGUAGE: TimeLanguage = {
  parsers: KK_LATN_PARSERS,
  refiners: KK_LATN_REFINERS,
  tenseAfter,
  sentenceTense,
  anaphora: KK_LATN_ANAPHORA,
};
