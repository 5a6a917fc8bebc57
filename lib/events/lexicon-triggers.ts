import type { Span } from '../article/types';
import type { Trigger } from './grammar';
import type { EventType } from './types';

/**
 * An event word of a language with prepositions and free word order (Russian, English): a pattern for the word in
 * all its forms, the type, the adjectives before it that refine the type (`state visit`, `официальный визит`),
 * and its conditions.
 */
export interface LexiconTrigger {
  pattern: string;
  type: EventType;
  modifiers?: ReadonlyArray<readonly [RegExp, EventType]>;
  needsBody?: boolean;
  needsPerson?: boolean;
  /** An arrival verb (`arrived in`, `прибыл в`) is a visit only with a place or country it goes to. */
  needsDestination?: boolean;
  /** A bare signing verb is a signing only where the sentence names a document. */
  needsDocument?: RegExp;
}

export interface CompiledLexicon {
  entries: ReadonlyArray<LexiconTrigger & { re: RegExp; hints: string[] | null }>;
}

/**
 * The literal letters every match of a pattern starts with, one string per top-level alternative (`визит`,
 * `переговор`), or null when some alternative starts otherwise: a sentence that contains none of them cannot match,
 * and most sentences contain no event word at all, so the pattern is not run on them.
 */
export function literalHints(pattern: string): string[] | null {
  const alternatives: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') i++;
    else if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (ch === '|' && depth === 0) {
      alternatives.push(pattern.slice(from, i));
      from = i + 1;
    }
  }
  alternatives.push(pattern.slice(from));
  const hints = alternatives.map((a) => {
    const run = /^[\p{L} -]+/u.exec(a)?.[0] ?? '';
    // A quantifier after the run makes its last letter optional or repeatable (`визиты?`, `talks{0,1}`).
    const quantified = /^[?*{]/.test(a.slice(run.length));
    return (quantified ? run.slice(0, -1) : run).replace(/[ -]+$/, '').toLowerCase();
  });
  return hints.every((h) => h.length >= 3) ? hints : null;
}

export function compileLexicon(entries: readonly LexiconTrigger[]): CompiledLexicon {
  return {
    entries: entries.map((e) => ({
      ...e,
      re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${e.pattern})(?![\\p{L}])`, 'giu'),
      hints: literalHints(e.pattern),
    })),
  };
}

/** Every event word of a sentence; where two overlap, the longer one. */
export function findLexiconTriggers(lexicon: CompiledLexicon, text: string, sentence: Span): Trigger[] {
  const s = text.slice(sentence.start, sentence.end);
  const lower = s.toLowerCase();
  const found: Trigger[] = [];
  for (const entry of lexicon.entries) {
    if (entry.hints && !entry.hints.some((h) => lower.includes(h))) continue;
    if (entry.needsDocument && !entry.needsDocument.test(s)) continue;
    entry.re.lastIndex = 0;
    for (let m = entry.re.exec(s); m; m = entry.re.exec(s)) {
      const before = s.slice(Math.max(0, m.index - 40), m.index);
      const type = entry.modifiers?.find(([re]) => re.test(before))?.[1] ?? entry.type;
      found.push({
        start: sentence.start + m.index,
        end: sentence.start + m.index + m[0].length,
        type,
        entry: { needsBody: entry.needsBody, needsPerson: entry.needsPerson, needsDestination: entry.needsDestination },
      });
    }
  }
  const kept = found
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
    .filter((t, i, all) => all.slice(0, i).every((k) => t.end <= k.start || t.start >= k.end))
    .sort((a, b) => a.start - b.start);
  // An arrival verb is the trip only where no visit word tells of it (`arrived in Astana on a state visit`).
  const visitWord = kept.some((t) => t.type.endsWith('visit') && !t.entry?.needsDestination);
  return visitWord ? kept.filter((t) => !t.entry?.needsDestination) : kept;
}

/**
 * The status a sentence's verbs give the event word at `at`: the announcing or reporting cue nearest to it wins
 * (`will pay a state visit … after talks held last week`).
 */
const EVE = /^(?:в преддверии|накануне|ahead of|on the eve of)$/iu;

export function nearestCueStatus(
  sentence: string,
  at: number,
  announced: RegExp,
  reported: RegExp,
): 'announced' | 'reported' | null {
  let best: { distance: number; status: 'announced' | 'reported' } | null = null;
  for (const [re, status] of [
    [announced, 'announced'],
    [reported, 'reported'],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      // `ahead of the visit`, `в преддверии визита`: the event named next is to come; the rest of the sentence
      // (`… gave an interview`) is not.
      if (EVE.test(m[0]) && !(at >= m.index && at - (m.index + m[0].length) <= 40)) continue;
      const distance = Math.abs(m.index - at);
      if (!best || distance < best.distance) best = { distance, status };
    }
  }
  return best?.status ?? null;
}
