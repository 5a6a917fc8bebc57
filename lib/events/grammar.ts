import type { Span } from '../article/types';
import type { EntityMention } from '../lang/gazetteer';
import type { OrdinalWord } from './ordinal';
import type { EventStatus, EventType } from './types';

/** An event word of a language's lexicon (stems, with their Latin spellings where a script has them), by the type it denotes. */
export interface TriggerEntry {
  stems: readonly string[];
  latn: readonly string[];
  type: EventType;
  /** Counts only when a diplomatic body is named in the sentence (`Жоғары мемлекетаралық кеңесінің отырысы`). */
  needsBody?: boolean;
  /** Counts only when a known person takes part (`кездесу` is any meeting otherwise). */
  needsPerson?: boolean;
  /** An arrival verb (`Мәскеуге келді`) is a visit only right after a place or country it goes to. */
  needsDestination?: boolean;
}

export interface Trigger extends Span {
  type: EventType;
  /** The lexicon entry that matched, for its conditions (needs a body, needs a person); null for composite rules. */
  entry: Pick<TriggerEntry, 'needsBody' | 'needsPerson' | 'needsDestination'> | null;
}

/**
 * What the event extractor needs to know about a language: its event words and the cues around them. Kazakh puts
 * postpositions and verbs after the noun (`сапары барысында`, `сапармен келетіні`); Russian and English put
 * prepositions before and verbs anywhere, so every cue is a question asked of the text, not a fixed position.
 */
export interface EventGrammar {
  findTriggers(text: string, sentence: Span): Trigger[];
  /** Whether a place or country mention is where something goes (`Ташкентке`, `в Ташкент`, `to Tashkent`) or is. */
  placeRole(text: string, e: EntityMention): 'to' | 'in' | null;
  /** A head-of-state title with no name (`Президент`, `Мемлекет басшысы`, `Глава государства`, `the President`). */
  bareHeadTitle: RegExp;
  /** Whether a matched bare title stands in apposition before a name (`Президент Шавкат Мирзиёев`). */
  isApposition(title: string): boolean;
  /** Text right after a country mention that makes it "the president of" that country, singular or plural. */
  countryHeadTitle(after: string, before: string): 'one' | 'plural' | null;
  /** "The presidents", "the heads of state": both sides of a meeting. */
  headsPlural: RegExp;
  /** Whether the person mention at `e` is the one who invited (the host of a visit). */
  isInviter(text: string, e: EntityMention): boolean;
  chaired: RegExp;
  /** Whether a person mention is introduced as a commentator (a source, not a participant). */
  isCommentator(text: string, e: EntityMention, sentence: Span): boolean;
  /** An interview given by a commentator is not a diplomatic event. */
  isCommentatorInterview(text: string, trigger: Span, sentence: Span): boolean;
  /** Whether the trigger names an event other events in its sentence happen during (`сапары барысында`). */
  governsOthers(text: string, trigger: Span, sentence: Span): boolean;
  /** Announced or reported, from the verb governing the trigger and cues such as "on the eve of". */
  status(text: string, trigger: Span, sentence: Span): EventStatus | null;
  /** Whether a session word stands with a council's name (`meeting of the … Council`, `Кеңесінің отырысы`). */
  namesCouncil(text: string, trigger: Span, sentence: Span): boolean;
  /**
   * Whether a time after the event word may date it. Usually yes; not where the event word is only the frame of
   * the clause (`отырысы қорытындысы бойынша 2026 жылы …` "as a result of the session, in 2026 …").
   */
  timeFollows(text: string, trigger: Span, sentence: Span): boolean;
  /** "took part", "attended": a sentence that lists the participants of the event just mentioned. */
  attendance: RegExp;
  /** A direct-speech paragraph marker (a dash in Kazakh and Russian, a quotation mark in English). */
  isQuotedSpeech(text: string, sentence: Span): boolean;
  /**
   * "This visit", `осы сапарым`, `этот визит`: the event word points at the event the article is about, in the
   * reporter's words or a speaker's.
   */
  isDeictic(text: string, trigger: Span): boolean;
  /**
   * "Earlier", «Бұған дейін», «Ранее»: the sentence recalls something before the news of the day, so an undated event
   * in it is neither the day's event nor a part of the visit just reported ("earlier in the day" is not this).
   */
  anterior: RegExp;
  /**
   * "On the second day of the visit", `сапардың екінші күні`, «во второй день визита»: which day of the visit the
   * sentence is on (so that day is not the visit's date, but its N-th), or null.
   */
  dayOfVisit(text: string, trigger: Span, sentence: Span): number | null;
  /**
   * "months after his first state visit", `сапарынан кейін`, «после визита»: the event word is the time another
   * event is measured from, so the day of the report is not its day.
   */
  isTimeAnchor(text: string, trigger: Span, sentence: Span): boolean;
  /** "During that visit", `Сол сапарда`, «во время того визита»: the sentence is about the visit last told of. */
  thatVisit: RegExp;
  /**
   * Words that make an event word tell of a habit or a count, not of one event: `бірнеше рет келіссөз жүргізген`
   * (held talks several times), `обмениваются визитами`, `two state visits` (habitual.ts).
   */
  habitual: RegExp;
  /** The language's ordinal words, for the edition of a recurring event (`екінші отырысы`, `the fifth summit`). */
  ordinalWord: OrdinalWord;
  /** A headline or lead that announces a review of the week (`Аяқталып жатқан апта`, `Уходящая неделя`, `Week in review`). */
  weeklyReview: RegExp;
}
