import type { Tense } from '../../../time/parser';
import { UZ_FUTURE, UZ_PAST } from '../words';

/** The tense of the first verb-like word after `from`: `boradi` future, `bordi`/`borgan` past. */
export function tenseAfter(sentence: string, from: number): Tense {
  for (const word of sentence.slice(from).match(/\p{L}+/gu) ?? []) {
    if (UZ_FUTURE.test(word)) return 'future';
    if (UZ_PAST.test(word)) return 'past';
  }
  return null;
}

/** Uzbek puts the main verb last: the tense of the sentence's last verb. */
export function sentenceTense(sentence: string): Tense {
  const words = sentence.match(/\p{L}+/gu) ?? [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (UZ_FUTURE.test(w)) return 'future';
    if (UZ_PAST.test(w)) return 'past';
  }
  return null;
}
