import type { Language, Script } from '../article/types';
import type { EventMention } from './types';
import { DAY_MS } from '../model';

/**
 * Words that make an event word tell of a habit or a count, not of one event: `бірнеше рет келіссөз жүргізген`
 * (held talks several times), `обмениваются визитами`, `two state visits`, `телефон арқылы тұрақты байланыс`.
 * Not `annual` or `жыл сайынғы`: "the annual forum opens on Tuesday" is one event.
 */
const CUES: Record<'kk-Cyrl' | 'kk-Latn' | 'ru' | 'en', RegExp> = {
  'kk-Cyrl': /(?<![\p{L}])(?:бірнеше\s+(?:рет|мәрте)|талай\s+рет|үнемі|тұрақты\s+(?:түрде|байланыс)|сапарлар(?:ы)?\s+алмас|өзара\s+(?:\p{L}+\s+)?сапарлар|(?:екі|үш|төрт)\s+(?:\p{L}+\s+)?сапар(?![\p{L}]*(?:ы|і)мен))/iu,
  'kk-Latn': /(?<![\p{L}])(?:bırneşe\s+(?:ret|märte)|talai\s+ret|ünemı|tūraqty\s+(?:türde|bailanys)|saparlar(?:y)?\s+almas|özara\s+(?:\p{L}+\s+)?saparlar|(?:ekı|üş|tört)\s+(?:\p{L}+\s+)?sapar(?![\p{L}]*(?:y|ı)men))/iu,
  ru: /(?<![\p{L}])(?:несколько\s+раз|неоднократно|регулярно|обмен(?:ялись|иваются|иваться)?\s+(?:\p{L}+\s+)?визитами|взаимн\p{L}*\s+(?:\p{L}+\s+)?визит|(?:два|три|четыре)\s+(?:\p{L}+\s+)?визита|(?:две|три|четыре)\s+(?:\p{L}+\s+)?встречи)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:several\s+times|repeatedly|regularly|exchang\p{L}*\s+(?:\p{L}+\s+)?visits|mutual\s+(?:\p{L}+\s+)?visits|(?:two|three|four)\s+(?:\p{L}+\s+)?visits)(?![\p{L}])/iu,
};

/** The longest span of days a sentence gives one event (a state visit, a summit). */
const MAX_EVENT_DAYS = 4;

/** How far from the event word a cue still speaks of it (its clause, roughly). */
const REACH = 40;

/**
 * The mention tells of a habit or of several events at once, and gives no day of its own: it is not one event on
 * the timeline (the events it sums up, when the article tells them, are mentions of their own).
 */
export function isHabitual(text: string, m: EventMention, language: Language, script: Script): boolean {
  // A day the sentence itself gives makes it one event (`регулярно проводимый форум откроется 5 мая`); a week
  // (`this week he paid two state visits`) does not.
  const value = m.when.source === 'stated' ? m.when.time.value : null;
  const days = value ? /^(\d{4}-\d{2}-\d{2})(?:\/(\d{4}-\d{2}-\d{2}))?$/.exec(value) : null;
  if (days?.[1] && (Date.parse(days[2] ?? days[1]) - Date.parse(days[1])) / DAY_MS <= MAX_EVENT_DAYS) return false;
  const cue = language === 'kk' ? CUES[script === 'Latn' ? 'kk-Latn' : 'kk-Cyrl'] : language === 'ru' ? CUES.ru : CUES.en;
  const from = Math.max(m.sentence.start, m.trigger.start - REACH);
  const to = Math.min(m.sentence.end, m.trigger.end + REACH);
  return cue.test(text.slice(from, to));
}
