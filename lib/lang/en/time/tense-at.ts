import { prepositionTense } from '../tense';
import type { ParseContext, Tense } from '../../../time/parser';

/** The tense that places a date matched at `index`: a preposition right before it (`until`, `since`) first, then the clause's verb. */
export function tenseAt(ctx: ParseContext, index: number): Tense {
  return prepositionTense(ctx.sentence, index) ?? ctx.tense;
}
