import { KK_EVE } from '../lang/kk/event-words';
import { tenseAfter } from '../lang/kk/tense';
import type { EventStatus } from './types';

/**
 * Announced or reported, from the verb that governs the event word (Kazakh puts it after), or from
 * `қарсаңында` ("on the eve of": still to come). Null when the sentence has no verb we can read.
 */
export function statusAfter(sentence: string, triggerEndInSentence: number): EventStatus | null {
  const rest = sentence.slice(triggerEndInSentence).trimStart();
  if (KK_EVE.test(rest)) return 'announced';
  const tense = tenseAfter(sentence, triggerEndInSentence);
  if (tense === 'future') return 'announced';
  if (tense === 'past') return 'reported';
  return null;
}
