import { sentenceTense, tenseAfter } from '../../lang/kk/tense';
import type { TimeLanguage } from '../parser';
import { KK_CYRL_PARSERS, KK_LATN_PARSERS } from './index';

export const KK_CYRL_LANGUAGE: TimeLanguage = { parsers: KK_CYRL_PARSERS, tenseAfter, sentenceTense };
export const KK_LATN_LANGUAGE: TimeLanguage = { parsers: KK_LATN_PARSERS, tenseAfter, sentenceTense };
