import type { EventGrammar } from '../../../events/grammar';
import type { OrdinalWord } from '../../../events/ordinal';
import { compileLexicon, findLexiconTriggers, nearestCueStatus } from '../../../events/lexicon-triggers';
import { UZ_ANNOUNCED, UZ_REPORTED, UZ_TRIGGERS } from './lexicon';

const lexicon = compileLexicon(UZ_TRIGGERS);
const NEVER = /$^/u;

const ORDINALS = [
  'birinchi',
  'ikkinchi',
  'uchinchi',
  'toʻrtinchi',
  'beshinchi',
  'oltinchi',
  'yettinchi',
  'sakkizinchi',
  'toʻqqizinchi',
  'oʻninchi',
];
/** `ikkinchi` → 2, `5-chi` → 5 (oʻ and gʻ with any apostrophe). */
const ordinalWord: OrdinalWord = (_word, lower) => {
  const named = ORDINALS.indexOf(lower.replace(/[ʼ'‘’`]/gu, 'ʻ'));
  if (named >= 0) return named + 1;
  const digits = /^(\d{1,3})-?(?:chi|nchi)$/u.exec(lower);
  return digits?.[1] ? Number(digits[1]) : null;
};

/**
 * Uzbek, minimal: its event words and the verb that dates them; the finer cues (who invited, a commentator, "that
 * visit") are left unanswered until articles in Uzbek ask for them. Case endings mark direction like Kazakh's:
 * `Toshkentga` (to), `Toshkentda` (in).
 */
export const UZ_EVENT_GRAMMAR: EventGrammar = {
  findTriggers: (text, sentence) => findLexiconTriggers(lexicon, text, sentence),
  placeRole: (_text, e) => (/^(?:ga|ka|qa)$/iu.test(e.suffix) ? 'to' : /^(?:da|ta)$/iu.test(e.suffix) ? 'in' : null),
  bareHeadTitle: /(?<![\p{L}])(?:Prezident(?:i|ning|ga)?|Davlat\s+rahbari)(?![\p{L}])/gu,
  isApposition: (title) => /^Prezident$/u.test(title),
  countryHeadTitle: (after) => (/^\s*Prezidenti/u.test(after) ? 'one' : null),
  headsPlural: /(?<![\p{L}])(?:prezidentlar|davlat\s+rahbarlari|yetakchilar)/iu,
  isInviter: (text, e) => /^\s*\p{L}*\s+taklifiga\s+binoan/iu.test(text.slice(e.end, e.end + 40)),
  chaired: /raisligida/iu,
  isCommentator: () => false,
  isCommentatorInterview: () => false,
  governsOthers: (text, trigger, sentence) =>
    /^\p{L}*\s+(?:doirasida|davomida|chog[ʻʼ'‘’`]ida)/iu.test(text.slice(trigger.start, sentence.end)),
  status: (text, trigger, sentence) =>
    nearestCueStatus(
      text.slice(sentence.start, sentence.end),
      trigger.start - sentence.start,
      UZ_ANNOUNCED,
      UZ_REPORTED,
    ),
  namesCouncil: () => false,
  timeFollows: () => true,
  attendance: /ishtirok\s+(?:etdi|etadi)/iu,
  isQuotedSpeech: (text, sentence) => /^[«"„“—–-]/u.test(text.slice(sentence.start, sentence.end)),
  isDeictic: (text, trigger) =>
    /(?<![\p{L}])(?:ushbu|mazkur|bu)\s+(?:\p{L}+\s+)?$/iu.test(
      text.slice(Math.max(0, trigger.start - 30), trigger.start),
    ),
  anterior: /(?<![\p{L}])(?:avvalroq|bundan\s+oldin|ilgari)(?![\p{L}])/iu,
  dayOfVisit: () => null,
  isTimeAnchor: (text, trigger, sentence) =>
    /^\p{L}*\s+(?:keyin|so[ʻʼ'‘’`]ng|beri|oldin)(?![\p{L}])/iu.test(
      text.slice(trigger.start, Math.min(sentence.end, trigger.end + 30)),
    ),
  thatVisit: /(?<![\p{L}])o[ʻʼ'‘’`]sha\s+tashrif/iu,
  ordinalWord,
  habitual: /(?<![\p{L}])(?:bir\s+necha\s+marta|muntazam|doimiy)(?![\p{L}])/iu,
  weeklyReview: NEVER,
};
