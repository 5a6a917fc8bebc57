import { opensWithDash } from '../../../events/paragraph';
import { ordinalBefore, type OrdinalWord } from '../../../events/ordinal';
import { ruOrdinalValue } from '../ordinals';
import type { Span } from '../../../article/types';
import type { EventGrammar } from '../../../events/grammar';
import { compileLexicon, findLexiconTriggers, nearestCueStatus } from '../../../events/lexicon-triggers';
import {
  RU_ANNOUNCED,
  RU_CHAIRED,
  RU_COMMENTATOR,
  RU_DURING,
  RU_INVITATION,
  RU_REPORTED,
  RU_TRIGGERS,
} from './lexicon';

const lexicon = compileLexicon(RU_TRIGGERS);

/** Russian: prepositions mark direction (`в Ташкент` to, `в Ташкенте` in); titles precede the country. */
/** `второго`, `21-го`, `двадцать первого`. */
const ordinalWord: OrdinalWord = (word, _lower, previous) => ruOrdinalValue(word, previous.raw);

export const RU_EVENT_GRAMMAR: EventGrammar = {
  findTriggers: (text, sentence) => findLexiconTriggers(lexicon, text, sentence),
  placeRole(text, e) {
    const before = text.slice(Math.max(0, e.start - 4), e.start);
    if (!/(?:^|\s)(?:в|во|на)\s$/iu.test(before)) return null;
    return /^(?:у|ю)?$/u.test(e.suffix) ? 'to' : 'in';
  },
  bareHeadTitle: /(?<![\p{L}])(?:Президент(?:а|у|ом|е)?|[Гг]лав(?:а|ы|е|ой) государства)(?![\p{L}])/gu,
  isApposition: (title) => /^Президент\p{L}*$/u.test(title),
  countryHeadTitle(_after, before) {
    if (/президент(?:ы|ов|ам|ами)\s+(?:[\p{L}-]+\s+(?:и|,)\s+)?$/iu.test(before)) return 'plural';
    return /(?:президент\p{L}*|глав\p{L}* государства)\s+$/iu.test(before) ? 'one' : null;
  },
  headsPlural: /(?<![\p{L}])(?:президенты|президентов|главы государств|глав государств|лидеры)(?![\p{L}])/iu,
  isInviter: (text, e) => RU_INVITATION.test(text.slice(Math.max(0, e.start - 60), e.start)),
  chaired: RU_CHAIRED,
  isCommentator: (text, e, sentence) =>
    RU_COMMENTATOR.test(text.slice(Math.max(sentence.start, e.start - 50), e.start)),
  isCommentatorInterview: (text, trigger, sentence) =>
    /политолог|эксперт|аналитик/iu.test(
      text.slice(Math.max(sentence.start, trigger.start - 60), Math.min(sentence.end, trigger.end + 60)),
    ),
  governsOthers: (text, trigger, sentence) =>
    RU_DURING.test(text.slice(Math.max(sentence.start, trigger.start - 40), trigger.start)),
  status(text, trigger: Span, sentence: Span) {
    return nearestCueStatus(
      text.slice(sentence.start, sentence.end),
      trigger.start - sentence.start,
      RU_ANNOUNCED,
      RU_REPORTED,
    );
  },
  namesCouncil: (text, trigger, sentence) =>
    /^\s+(?:[\p{L}-]+\s+){0,6}?[Сс]овет\p{L}*/u.test(text.slice(trigger.end, Math.min(sentence.end, trigger.end + 80))),
  timeFollows: () => true,
  attendance: /(?:принял[аи]? участие|примут участие|участвовал[аи]?|присутствовал[аи]?)/iu,
  isDeictic: (text, trigger) =>
    /(?<![\p{L}])(?:этот|этого|этом|этим|эта|этой|эту|нынешн\p{L}*|настоящ\p{L}*|текущ\p{L}*)\s+(?:[\p{L}-]+\s+)?$/iu.test(
      text.slice(Math.max(0, trigger.start - 40), trigger.start),
    ),
  anterior:
    /(?<![\p{L}])(?:ранее|прежде|до этого|до того|в прошлом(?!\s+(?:году|месяце|неделе)))(?![\p{L}])(?!\s+(?:в тот же день|сегодня|днем|днём|утром|в этот день))/iu,
  ordinalWord,
  habitual:
    /(?<![\p{L}])(?:несколько\s+раз|неоднократно|регулярно|обмен(?:ялись|иваются|иваться)?\s+(?:\p{L}+\s+)?визитами|взаимн\p{L}*\s+(?:\p{L}+\s+)?визит|(?:два|три|четыре)\s+(?:\p{L}+\s+)?визита|(?:две|три|четыре)\s+(?:\p{L}+\s+)?встречи)(?![\p{L}])/iu,
  weeklyReview: /(?:уходящ|прошедш|минувш|истекш)\p{L}* недел|итоги недели|неделя (?:Президента|Главы государства)/iu,
  dayOfVisit(text, trigger, sentence) {
    // «во второй день визита», «в первый день государственного визита»
    const before = text.slice(Math.max(sentence.start, trigger.start - 50), trigger.start);
    const m = /(\p{L}+)\s+д(?:ень|ня|не)\s+(?:\p{L}+\s+)?$/u.exec(before);
    return m && /^визит/iu.test(text.slice(trigger.start, trigger.end))
      ? ordinalBefore(before, before.length - m[0].length + m[1]!.length + 1, ordinalWord)
      : null;
  },
  isTimeAnchor: (text, trigger, sentence) =>
    /(?<![\p{L}])(?:после|до|с момента|со времени)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(
      text.slice(Math.max(sentence.start, trigger.start - 50), trigger.start),
    ),
  thatVisit: /(?<![\p{L}])(?:во время|в ходе|в рамках)?\s*(?:того|этого|тот|этот)\s+(?:[\p{L}]+\s+)?визит\p{L}*/iu,
  isQuotedSpeech(text, sentence) {
    return opensWithDash(text, sentence) || /^[«"„]/.test(text.slice(sentence.start, sentence.end));
  },
};
