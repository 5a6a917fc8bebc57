import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { scoreSpans, type ScoredSpan } from '../../lib/eval/span-metrics';
import { timeLanguageFor } from '../../lib/lang/registry';
import { tagSentence } from '../../lib/time/tag-times';
import type { TimeMention } from '../../lib/time/types';
import { charSpanToTokens, iobSpans, joinTokens, parseIob } from './iob';
import { formatReport } from './report';

// KazNERD has no document dates; values are not scored, so any fixed reference date will do.
const REFERENCE_DATE = '2020-06-01';
const TYPES = ['DATE', 'TIME'] as const;

/** KazNERD's TIME class: clock times, parts of the day, and spans of hours and minutes (`2 сағат`). */
export function timeTypeOf(m: TimeMention): 'DATE' | 'TIME' {
  return m.kind === 'time' || (m.kind === 'duration' && m.value?.startsWith('PT')) ? 'TIME' : 'DATE';
}

/** KazNERD (IOB2, tokens): DATE and TIME spans, exact and overlap, on token indices. */
export async function evaluateKaznerd(file: string, outDir: string | null): Promise<string> {
  const sentences = parseIob(await readFile(file, 'utf8'));
  const language = timeLanguageFor('kk', 'Cyrl');
  const gold: ScoredSpan[][] = [];
  const predicted: ScoredSpan[][] = [];
  const lines: string[] = [];
  sentences.forEach((s, index) => {
    gold.push(iobSpans(s.tags, TYPES));
    const { text, starts } = joinTokens(s.tokens);
    const spans = tagSentence(text, { start: 0, end: text.length }, REFERENCE_DATE, language)
      .map((m) => ({ ...charSpanToTokens(starts, s.tokens, m.start, m.end), type: timeTypeOf(m), value: m.value }))
      .filter((x) => x.start >= 0);
    predicted.push(spans);
    lines.push(JSON.stringify({ sentence: index, spans }));
  });
  if (outDir) {
    await mkdir(outDir, { recursive: true });
    await writeFile(path.join(outDir, `${path.basename(file, path.extname(file))}.predictions.jsonl`), `${lines.join('\n')}\n`);
  }
  const byType = TYPES.map((t) => [t, scoreSpans(gold, predicted, { type: t })] as [string, ReturnType<typeof scoreSpans>]);
  byType.push(['DATE+TIME (untyped)', scoreSpans(gold, predicted)]);
  return formatReport('kaznerd', file, byType, byType[0]![1]);
}
