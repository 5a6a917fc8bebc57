/**
 * The sentence around an offset, found without a segmenter: the tagger may be handed a whole text, and tense is a
 * property of the sentence (better, the clause) a date stands in. A full stop after an abbreviation (`Nov.`, `Mr.`,
 * `U.S.`, `Inc.`) or before a lower-case word or a digit does not end a sentence.
 */
const ABBREVIATION =
  /(?:^|[^\p{L}])(?:\p{Lu}|[A-Z]\.[A-Z]|Mr|Mrs|Ms|Dr|Prof|Gen|Gov|Sen|Rep|Rev|Lt|Col|Sgt|Capt|St|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun|a\.m|p\.m)\.$/u;
const END = /[.!?]["'’”)\]]*(?=\s+["'‘“(\[]?[\p{Lu}])|\n\s*\n/gu;

// Sentences longer than this are cut: it keeps the cost of a look-up bounded on any input.
const REACH = 600;

export function sentenceAround(text: string, at: number): { start: number; end: number } {
  const from = Math.max(0, at - REACH);
  const window = text.slice(from, at + REACH);
  let start = from;
  let end = from + window.length;
  END.lastIndex = 0;
  for (let m = END.exec(window); m; m = END.exec(window)) {
    const stop = from + m.index + m[0].length;
    if (m[0].startsWith('.') && ABBREVIATION.test(window.slice(Math.max(0, m.index - 12), m.index + 1))) continue;
    if (stop <= at) start = stop;
    else {
      end = stop;
      break;
    }
  }
  return { start, end };
}
