import { opensWithDash } from '../../../events/paragraph';
import type { Script, Span } from '../../../article/types';
import {
  KK_CHAIRED,
  KK_COMMENTATOR,
  KK_DURING,
  KK_EVE,
  KK_HEAD_SINGULAR,
  KK_HEADS_PLURAL,
  KK_INVITATION,
  KK_ORDINAL_WORDS,
  KK_TENS,
} from './lexicon';
import { own } from '../../../own';
import { tenseAfter } from '../tense';
import { ordinalBefore, type OrdinalWord } from '../../../events/ordinal';
import type { EventGrammar } from '../../../events/grammar';
import type { EventStatus } from '../../../events/types';
import { findKkTriggers } from './triggers';

const DATIVE = /^(?:[ыі]?[ғгқкн][ае]|[yı]?(?:ğa|ge|qa|ke|na|ne))$/iu;
const LOCATIVE = /^(?:[ыі]?н?[дт][ае]|[yı]?n?[dt][ae])$/iu;

/**
 * Purpose and agreement: `саммитке қатысу үшін келді` ("came to take part in the summit"), `саммитке қатысуға`,
 * `кездесуге уағдаласты` ("agreed to meet"): whatever the main verb's tense, the event is still to come.
 */
const KK_PURPOSE =
  /^[\p{L}]*\s+(?:[\p{L}-]+\s+){0,2}?(?:қатыс|қатынас|кездес|өткіз|жүргіз|бар|қол қой|qatys|kezdes|ötkız|jürgız)[\p{L}]*у(?:\s+үшін|[ғг][ае](?![\p{L}])|\s+мақсатында|\s+üşın)/iu;
const KK_AGREED = /^[ғгқкн]?[ае]\s+(?:[\p{L}]+\s+)?(?:уағдаласт|келіст|уағдаласып|келісіп|uağdalast|kelıst)/iu;

const KK_ABOUT_TO =
  /^[\p{L}]*(?:\s+[\p{L}]+){0,3}?\s+[\p{L}]+(?:ғалы|гелі|қалы|келі|ğaly|gelı|qaly|kelı)\s+(?:отыр|тұр|жатыр|otyr|tūr|jatyr)/iu;

/** A habit or a count, not one event (habitual.ts): `бірнеше рет`, `тұрақты түрде`, `екі сапар`. */
const KK_CYRL_HABITUAL =
  /(?<![\p{L}])(?:бірнеше\s+(?:рет|мәрте)|талай\s+рет|үнемі|тұрақты\s+(?:түрде|байланыс)|сапарлар(?:ы)?\s+алмас|өзара\s+(?:\p{L}+\s+)?сапарлар|(?:екі|үш|төрт)\s+(?:\p{L}+\s+)?сапар(?![\p{L}]*(?:ы|і)мен))/iu;
const KK_LATN_HABITUAL =
  /(?<![\p{L}])(?:bırneşe\s+(?:ret|märte)|talai\s+ret|ünemı|tūraqty\s+(?:türde|bailanys)|saparlar(?:y)?\s+almas|özara\s+(?:\p{L}+\s+)?saparlar|(?:ekı|üş|tört)\s+(?:\p{L}+\s+)?sapar(?![\p{L}]*(?:y|ı)men))/iu;

/** `екінші` → 2, `жиырма бірінші` → 21, `2-ші`, `2-shı` → 2. */
const ordinalWord: OrdinalWord = (_word, lower, previous) => {
  const named = KK_ORDINAL_WORDS.find(([w]) => lower === w);
  if (named) return named[1] + (named[1] < 10 ? (own(KK_TENS, previous.lower) ?? 0) : 0);
  const digits = /^(\d{1,3})-?(?:[ыі]?н?ш[ыі]|[ıy]?n?ş[ıy])$/u.exec(lower);
  return digits?.[1] ? Number(digits[1]) : null;
};

function status(text: string, trigger: Span, sentence: Span): EventStatus | null {
  const s = text.slice(sentence.start, sentence.end);
  const at = trigger.end - sentence.start;
  if (KK_EVE.test(s.slice(at).trimStart())) return 'announced';
  const after = s.slice(at, at + 120);
  // `саммиті екінші рет өткелі отыр`: "is about to be held".
  if (KK_PURPOSE.test(after) || KK_AGREED.test(after) || KK_ABOUT_TO.test(after)) return 'announced';
  const tense = tenseAfter(s, at);
  return tense === 'future' ? 'announced' : tense === 'past' ? 'reported' : null;
}

export function kkEventGrammar(script: Script): EventGrammar {
  return {
    findTriggers: (text, sentence) => findKkTriggers(text, sentence, script),
    placeRole: (_text, e) => (DATIVE.test(e.suffix) ? 'to' : LOCATIVE.test(e.suffix) ? 'in' : null),
    bareHeadTitle:
      /(?<![\p{L}])(?:президент(?:і|ы|тің|ке|пен)?|мемлекет басшы(?:сы|сының|сына)?|prezident(?:ı)?)(?![\p{L}])/giu,
    isApposition: (title) => /^(?:президент|prezident)$/iu.test(title),
    countryHeadTitle(after) {
      const next = /^\s+([\p{L}]+(?:\s+басшы[\p{L}]*)?)/u.exec(after)?.[1] ?? '';
      if (/^(?:президенттер|prezidentter)/iu.test(next)) return 'plural';
      return KK_HEAD_SINGULAR.test(next) ? 'one' : null;
    },
    headsPlural: KK_HEADS_PLURAL,
    isInviter: (text, e) => KK_INVITATION.test(text.slice(e.end, e.end + 20)),
    chaired: KK_CHAIRED,
    isCommentator(text, e, sentence) {
      const before = text.slice(Math.max(sentence.start, e.start - 40), e.start);
      return KK_COMMENTATOR.test(before.split(/\s+/).slice(-3).join(' '));
    },
    // `сұхбат берген … саясаттанушы`: an interview given by a commentator.
    isCommentatorInterview: (text, trigger, sentence) =>
      /^\s*[\p{L}]*\s*(?:[\p{L}]+\s+){0,3}(?:саясаттанушы|сарапшы|аналитик|маман|sarapşy|saiasattanuşy)/iu.test(
        text.slice(trigger.end, sentence.end),
      ),
    governsOthers: (text, trigger, sentence) => KK_DURING.test(text.slice(trigger.end, sentence.end).trimStart()),
    status,
    namesCouncil: (text, trigger, sentence) =>
      /(?:кеңес|keñes)[\p{L}]*\s+(?:[\p{L}-]+\s+)?$/iu.test(
        text.slice(Math.max(sentence.start, trigger.start - 40), trigger.start),
      ),
    attendance: /(?:қатысты|қатысқан|қатысады|qatysty|qatysady)/iu,
    timeFollows: (text, trigger, sentence) =>
      !/^\s*(?:[\p{L}]+\s+)?(?:барысында|аясында|кезінде|шеңберінде|қарсаңында|қорытынды\p{L}*|нәтижесін\p{L}*|бойынша|barysynda|aiasynda|kezınde|şeñberınde|qarsañynda|qorytyndy\p{L}*|nätijesın\p{L}*|boiynşa)/iu.test(
        text.slice(trigger.end, sentence.end),
      ),
    // A paragraph that opens with a dash is direct speech (the Kazakh and Russian convention).
    isQuotedSpeech: opensWithDash,
    thatVisit: /(?<![\p{L}])(?:сол|осы|sol|osy)\s+(?:сапар|визит|sapar)[\p{L}]*/iu,
    isTimeAnchor: (text, trigger, sentence) =>
      /^[\p{L}]*\s+(?:кейін|соң|бері|бұрын|keiın|soñ|berı|būryn)(?![\p{L}])/iu.test(
        text.slice(trigger.start, Math.min(sentence.end, trigger.end + 30)),
      ),
    dayOfVisit(text, trigger, sentence) {
      // `сапардың екінші күні`: the visit word in the genitive, an ordinal, then "day".
      const m = /^[\p{L}]*\s+((?:[\p{L}]+\s+)?[\p{L}\d-]+)\s+(?:күн|kün)[\p{L}]*/u.exec(
        text.slice(trigger.start, Math.min(sentence.end, trigger.end + 40)),
      );
      if (
        !m?.[1] ||
        !/^(?:сапар|визит|sapar|vizit)[\p{L}]*(?:ның|нің|дың|дің|тың|тің|nyñ|nıñ|dyñ|dıñ|tyñ|tıñ)$/iu.test(
          text.slice(trigger.start, trigger.end + 6).split(/\s/)[0] ?? '',
        )
      )
        return null;
      const at = trigger.start + m[0].search(/\s(?:күн|kün)/u);
      return ordinalBefore(text, at + 1, ordinalWord);
    },
    ordinalWord,
    habitual: script === 'Latn' ? KK_LATN_HABITUAL : KK_CYRL_HABITUAL,
    weeklyReview:
      /(?:аяқталып (?:келе )?жатқан|өтіп бара жатқан|аяқталған) апта|апта(?:ның)? қорытынды|(?:aiaqtalyp (?:kele )?jatqan|ötıp bara jatqan|aiaqtalğan) apta|apta(?:nyñ)? qorytynd/iu,
    anterior:
      /(?<![\p{L}])(?:бұған дейін|осыған дейін|бұдан бұрын|бұған дейінгі|ертеректе|бұрынырақ|būğan deiın|osyğan deiın|būdan būryn)(?![\p{L}])/iu,
    isDeictic: (text, trigger) =>
      /(?<![\p{L}])(?:осы|бұл|осынау|ағымдағы|қазіргі|osy|būl|qazırgı)\s+(?:[\p{L}-]+\s+)?$/iu.test(
        text.slice(Math.max(0, trigger.start - 40), trigger.start),
      ),
  };
}
