import { anaphor as a, type Anaphor } from '../../../time/anaphora';

/** "Earlier in the day", "the next day": days named by the date the text has just given (lib/time/anaphora.ts). */
export const EN_ANAPHORA: readonly Anaphor[] = [
  { ...a('at\\s+(?:that|the)\\s+time|on\\s+that\\s+occasion|during\\s+that\\s+(?:visit|trip)', 0), any: true },
  a(
    '(?:earlier|later)\\s+in\\s+the\\s+day|later\\s+that\\s+day|(?:on\\s+)?(?:that|the\\s+same)\\s+(?:day|evening|morning|afternoon|night)',
    0,
  ),
  a('(?:on\\s+)?the\\s+(?:next|following)\\s+day|a\\s+day\\s+later|the\\s+day\\s+after|the\\s+next\\s+morning', 1),
  a('(?:on\\s+)?the\\s+(?:previous|preceding)\\s+day|the\\s+day\\s+before', -1),
];
