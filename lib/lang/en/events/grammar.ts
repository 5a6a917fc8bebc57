import type { Span } from '../../../article/types';
import { ordinalBefore, type OrdinalWord } from '../../../events/ordinal';
import { enOrdinalValue } from '../numbers';
import type { EventGrammar } from '../../../events/grammar';
import { compileLexicon, findLexiconTriggers, nearestCueStatus } from '../../../events/lexicon-triggers';
import {
  EN_ANNOUNCED,
  EN_CHAIRED,
  EN_COMMENTATOR,
  EN_DURING,
  EN_INVITATION,
  EN_REPORTED,
  EN_TRIGGERS,
} from './lexicon';

const lexicon = compileLexicon(EN_TRIGGERS);

/** English: `to Tashkent` is a destination, `in Tashkent` a location; "President of Uzbekistan" titles a head. */
/** `fifth`, `12th`, `twenty-first`. */
const ordinalWord: OrdinalWord = (word) => enOrdinalValue(word);

export const EN_EVENT_GRAMMAR: EventGrammar = {
  findTriggers: (text, sentence) => findLexiconTriggers(lexicon, text, sentence),
  placeRole(text, e) {
    const before = text.slice(Math.max(0, e.start - 6), e.start);
    if (
      /\bto\s+$/i.test(before) ||
      /\b(?:arriv\w*|land\w*)\s+in\s+$/i.test(text.slice(Math.max(0, e.start - 16), e.start))
    )
      return 'to';
    if (/\b(?:in|at)\s+$/i.test(before)) return 'in';
    return null;
  },
  bareHeadTitle: /\b(?:President|Head of State)\b/g,
  isApposition: (title) => title === 'President',
  countryHeadTitle(after, before) {
    if (/\bPresidents of\s+(?:the\s+)?(?:\S+\s+(?:and|,)\s+)?$/i.test(before)) return 'plural';
    if (/\b(?:President|Head of State) of\s+(?:the\s+)?$/i.test(before)) return 'one';
    return /^['’]s\s+President\b/.test(after) ? 'one' : null;
  },
  headsPlural: /\b(?:presidents|heads of state|leaders)\b/i,
  isInviter: (text, e) => EN_INVITATION.test(text.slice(Math.max(0, e.start - 80), e.start)),
  chaired: EN_CHAIRED,
  isCommentator: (text, e, sentence) =>
    EN_COMMENTATOR.test(text.slice(Math.max(sentence.start, e.start - 50), e.start)),
  isCommentatorInterview: (text, trigger, sentence) =>
    /political scientist|analyst|expert/i.test(
      text.slice(Math.max(sentence.start, trigger.start - 60), Math.min(sentence.end, trigger.end + 60)),
    ),
  governsOthers: (text, trigger, sentence) =>
    EN_DURING.test(text.slice(Math.max(sentence.start, trigger.start - 50), trigger.start)),
  status(text, trigger: Span, sentence: Span) {
    return nearestCueStatus(
      text.slice(sentence.start, sentence.end),
      trigger.start - sentence.start,
      EN_ANNOUNCED,
      EN_REPORTED,
    );
  },
  namesCouncil: (text, trigger, sentence) =>
    /^\s+of\s+the\s+(?:[\p{L}–-]+\s+){0,8}?Council\b/u.test(
      text.slice(trigger.end, Math.min(sentence.end, trigger.end + 100)),
    ),
  timeFollows: () => true,
  attendance: /\b(?:took part|will take part|attended|participated|will attend|were present)\b/i,
  isDeictic: (text, trigger) =>
    /\b(?:this|the current|the ongoing|the present)\s+(?:[\p{L}-]+\s+)?$/iu.test(
      text.slice(Math.max(0, trigger.start - 40), trigger.start),
    ),
  anterior:
    /\b(?:earlier|previously|before that|in the past(?! (?:year|month|week|few)))\b(?!\s+(?:in the day|today|this (?:morning|week)|on \w+day))/i,
  ordinalWord,
  habitual:
    /(?<![\p{L}])(?:several\s+times|repeatedly|regularly|exchang\p{L}*\s+(?:\p{L}+\s+)?visits|mutual\s+(?:\p{L}+\s+)?visits|(?:two|three|four)\s+(?:\p{L}+\s+)?visits)(?![\p{L}])/iu,
  weeklyReview:
    /\b(?:week in review|weekly review|the (?:past|outgoing|passing) week|(?:this|last) week(?: was| saw| in)|during the week)\b/i,
  dayOfVisit(text, trigger, sentence) {
    // "the second day of the visit", "the first day of his state visit"
    const before = text.slice(Math.max(sentence.start, trigger.start - 50), trigger.start);
    const m = /\b(\S+)\s+day\s+of\s+(?:the|his|her|a|this)\s+(?:\p{L}+\s+)?$/iu.exec(before);
    return m && /^visit/i.test(text.slice(trigger.start, trigger.end))
      ? ordinalBefore(before, m.index + m[1]!.length + 1, ordinalWord)
      : null;
  },
  isTimeAnchor: (text, trigger, sentence) =>
    /\b(?:after|before|since|following)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu.test(
      text.slice(Math.max(sentence.start, trigger.start - 50), trigger.start),
    ),
  thatVisit: /\b(?:that|this|the same)\s+(?:[\p{L}]+\s+)?(?:visit|trip)\b/iu,
  isQuotedSpeech: (text, sentence) => /^[“"‘]/.test(text.slice(sentence.start, sentence.end)),
};
