import { sentenceTense, tenseAfter } from '../../lang/en/tense';
import type { TimeLanguage } from '../parser';
import { EN_PARSERS, EN_REFINERS } from './index';

export const EN_LANGUAGE: TimeLanguage = { parsers: EN_PARSERS, refiners: EN_REFINERS, tenseAfter, sentenceTense };
