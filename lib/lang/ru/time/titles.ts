import type { TimeParser } from '../../../time/parser';

// An opening quote, then a capital or a digit: the start of a title (`«Один день Ивана Денисовича»`, `«4:44»`,
// `«31 июня»`, `«Зима. Каток»`), not a time expression of the text.
// A straight quote opens only after a space or a bracket: `"Ъ" 6 июня` has it closing.
const OPENING_QUOTE = /(?:«|(?:^|[\s(])["“„'])\s*$/u;

// Quoted speech opens with a preposition as often as any sentence: «В прошлом году мы…».
const SPEECH_START =
  /^(?:(?:в|во|с|со|до|на|за|к|по|от|через|после|около|уже|ещё|еще)\s|вчера|завтра|несколько\s|недавно)/iu;

/** The same parser, except that a match opening a quoted title is not a time expression. */
export function outsideTitles(parser: TimeParser): TimeParser {
  return {
    ...parser,
    extract(m, ctx) {
      if (
        /^[\p{Lu}\p{N}]/u.test(m[0]) &&
        !SPEECH_START.test(m[0]) &&
        OPENING_QUOTE.test(ctx.sentence.slice(Math.max(0, m.index - 3), m.index))
      )
        return null;
      return parser.extract(m, ctx);
    },
  };
}
