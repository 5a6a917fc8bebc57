import { RU_ANAPHORA } from './anaphora';
import { sentenceTense, tenseAfter } from '../tense';
import type { TimeLanguage } from '../../../time/parser';
import { RU_PARSERS } from './index';

/** Russian: its parsers, and how its verbs say past or future. */
export const RU_LANGUAGE: TimeLanguage = { parsers: RU_PARSERS, tenseAfter, sentenceTense, anaphora: RU_ANAPHORA };
