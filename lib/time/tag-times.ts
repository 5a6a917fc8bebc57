import type { Article, Span } from '../article/types';
import type { ParseContext, Tense, TimeLanguage } from './parser';
import { resolveAnaphora } from './anaphora';
import { weekDays } from './calendar';
import { keepLongestNonOverlapping } from './refine';
import type { TimeMention } from './types';

/**
 * What a parser sees of a match's sentence. Tense is read only if the parser asks for it: reading verbs costs more
 * than most matches. A class, not an object literal with a getter, which V8 builds far more slowly per match.
 */
class MatchContext implements ParseContext {
  private read: Tense | undefined;

  constructor(
    readonly referenceDate: string,
    readonly sentence: string,
    private readonly end: number,
    private readonly language: TimeLanguage,
    private readonly mainTense: () => Tense,
  ) {}

  get tense(): Tense {
    this.read ??= this.language.tenseAfter(this.sentence, this.end) ?? this.mainTense();
    return this.read;
  }
}

/**
 * Temporal expressions of one sentence, `text.slice(sentence.start, sentence.end)`, with offsets into `text`.
 * Pure: the reference date comes in, nothing reads the clock.
 */
export function tagSentence(
  text: string,
  sentence: Span,
  referenceDate: string,
  language: TimeLanguage,
): TimeMention[] {
  const s = text.slice(sentence.start, sentence.end);
  const found: TimeMention[] = [];
  let main: Tense | undefined;
  const mainTense = (): Tense => (main ??= language.sentenceTense(s));
  for (const parser of language.parsers) {
    if (parser.requires && !parser.requires.test(s)) continue;
    parser.pattern.lastIndex = 0;
    for (let m = parser.pattern.exec(s); m; m = parser.pattern.exec(s)) {
      if (m[0] === '') {
        parser.pattern.lastIndex++;
        continue;
      }
      const end = m.index + m[0].length;
      const parsed = parser.extract(m, new MatchContext(referenceDate, s, end, language, mainTense));
      if (!parsed) continue;
      const start = m.index + (parsed.span?.start ?? 0);
      const stop = parsed.span ? m.index + parsed.span.end : end;
      const mention: TimeMention = {
        start,
        end: stop,
        text: s.slice(start, stop),
        value: parsed.value,
        kind: parsed.kind,
        stated: parsed.stated,
        rule: parsed.weak ? `${parser.name}/Weak` : parser.name,
      };
      // Set after, not spread in: spreading a fresh object per match cost more than the rest of building it.
      if (parsed.direction) mention.direction = parsed.direction;
      if (parsed.timex) mention.timex = parsed.timex;
      found.push(mention);
    }
  }
  const refined = (language.refiners ?? []).reduce((ms, refine) => refine(ms, s), found);
  // Offsets were relative to the sentence while parsers and refiners worked; the result points into `text`.
  const kept = keepLongestNonOverlapping(refined);
  // A text tagged whole (the TimeML evaluation, the bench) starts at 0: its mentions, built here, need no copy.
  return sentence.start === 0 ? kept.map(asDays) : kept.map((m) => moved(asDays(m), sentence.start));
}

/**
 * A copy of a mention `by` characters further on. Written out field by field, in the order every mention is built
 * in: a spread copy of mentions of several shapes (with or without `direction`, `timex`) was slow.
 */
function moved(m: TimeMention, by: number): TimeMention {
  const out: TimeMention = {
    start: m.start + by,
    end: m.end + by,
    text: m.text,
    value: m.value,
    kind: m.kind,
    stated: m.stated,
    rule: m.rule,
  };
  if (m.direction !== undefined) out.direction = m.direction;
  if (m.timex !== undefined) out.timex = m.timex;
  return out;
}

/**
 * A week is served as the interval of its days, which EDTF can say (`2025-W46` is no EDTF value, and would leave an
 * event "this week" undated); TimeML's view keeps the week.
 */
function asDays(m: TimeMention): TimeMention {
  const days = m.value ? weekDays(m.value) : null;
  return days ? { ...m, value: days, timex: m.timex ?? { type: 'DATE', value: m.value! } } : m;
}

/**
 * Every temporal expression of an article: its header date, then those of its title and sentences. The grammar is
 * the article's language plug-in's (lib/lang/registry.ts): the engine knows no language.
 */
export function tagArticleTimes(article: Article, language: TimeLanguage): TimeMention[] {
  const headerStart = article.text.indexOf(article.date);
  const header: TimeMention[] =
    headerStart >= 0 && headerStart < article.titleSpan.start
      ? [
          {
            start: headerStart,
            end: headerStart + article.date.length,
            text: article.date,
            value: article.date,
            kind: 'date',
            stated: { year: true, month: true, day: true },
            rule: 'article/HeaderDate',
          },
        ]
      : [];
  const tagged = [...header, ...article.sentences.flatMap((s) => tagSentence(article.text, s, article.date, language))];
  return resolveAnaphora(
    article.text,
    article.sentences,
    tagged,
    article.date,
    language.anaphora ?? [],
    article.language,
  );
}
