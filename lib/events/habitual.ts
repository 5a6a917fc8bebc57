import type { EventGrammar } from './grammar';
import type { EventMention } from './types';
import { DAY_MS } from '../model';

/** The longest span of days a sentence gives one event (a state visit, a summit). */
const MAX_EVENT_DAYS = 4;

/** How far from the event word a cue still speaks of it (its clause, roughly). */
const REACH = 40;

/**
 * The mention tells of a habit or of several events at once, and gives no day of its own: it is not one event on
 * the timeline (the events it sums up, when the article tells them, are mentions of their own).
 */
export function isHabitual(text: string, m: EventMention, grammar: Pick<EventGrammar, 'habitual'>): boolean {
  // A day the sentence itself gives makes it one event (`регулярно проводимый форум откроется 5 мая`); a week
  // (`this week he paid two state visits`) does not.
  const value = m.when.source === 'stated' ? m.when.time.value : null;
  const days = value ? /^(\d{4}-\d{2}-\d{2})(?:\/(\d{4}-\d{2}-\d{2}))?$/.exec(value) : null;
  if (days?.[1] && (Date.parse(days[2] ?? days[1]) - Date.parse(days[1])) / DAY_MS <= MAX_EVENT_DAYS) return false;
  const from = Math.max(m.sentence.start, m.trigger.start - REACH);
  const to = Math.min(m.sentence.end, m.trigger.end + REACH);
  return grammar.habitual.test(text.slice(from, to));
}
