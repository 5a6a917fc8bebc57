// NEREL (Russian, brat standoff): DATE and TIME spans on character offsets, exact and overlap. Values are not
// scored: NEREL has none. See docs/evaluation.md (the datasets, where they come from).
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { splitSentences } from '../../lib/article/sentences';
import { scoreSpans, type ScoredSpan } from '../../lib/eval/span-metrics';
import { timeLanguageFor } from '../../lib/lang/registry';
import { tagSentence } from '../../lib/time/tag-times';
import type { TimeMention } from '../../lib/time/types';
import { formatReport } from './report';

/** The reference date when a document does not give one: NEREL's texts are Wikinews articles of the 2010s. */
export const DEFAULT_REFERENCE = '2019-01-01';

/** Gold DATE and TIME spans of a `.ann` file; a discontinuous span (`0 5;9 14`) counts from its first to last offset. */
export function readBratSpans(ann: string, types: readonly string[] = ['DATE', 'TIME']): ScoredSpan[] {
  const spans: ScoredSpan[] = [];
  for (const line of ann.split('\n')) {
    const [id, body] = line.split('\t');
    if (!id?.startsWith('T') || !body) continue;
    const [type, ...offsets] = body.split(' ');
    if (!type || !types.includes(type)) continue;
    const numbers = offsets.join(' ').split(/[ ;]/).map(Number).filter(Number.isFinite);
    if (numbers.length < 2) continue;
    spans.push({ start: Math.min(...numbers), end: Math.max(...numbers), type });
  }
  return spans;
}

// Adverbs like `сейчас`, `недавно` are time references for the timeline, but NEREL does not annotate them.
const NOT_NEREL_RULES = new Set(['parser/ru/VagueAdverb']);

/** NEREL's type for a mention: TIME for times of day and clock durations, DATE for everything else. */
export function nerelType(m: TimeMention): 'DATE' | 'TIME' {
  return m.kind === 'time' ? 'TIME' : 'DATE';
}

/** The reference date of a document: the first dated expression of its first line (the title), else the default. */
export function referenceDateOf(text: string): string {
  const firstLine = text.split('\n', 1)[0] ?? '';
  const ru = timeLanguageFor('ru', 'Cyrl');
  for (const m of tagSentence(firstLine, { start: 0, end: firstLine.length }, DEFAULT_REFERENCE, ru)) {
    const year = /^(\d{4})(?:-(\d\d))?(?:-(\d\d))?$/.exec(m.value ?? '');
    if (year && m.stated.year) return `${year[1]}-${year[2] ?? '07'}-${year[3] ?? '01'}`;
  }
  return DEFAULT_REFERENCE;
}

/** Predicted spans of one document: the Russian tagger over its sentences. */
export function tagNerelDocument(text: string): Array<ScoredSpan & { value: string | null }> {
  const ru = timeLanguageFor('ru', 'Cyrl');
  const reference = referenceDateOf(text);
  return splitSentences(text, 0, text.length)
    .flatMap((s) => tagSentence(text, s, reference, ru))
    .filter((m) => !NOT_NEREL_RULES.has(m.rule))
    .map((m) => ({ start: m.start, end: m.end, type: nerelType(m), value: m.value }));
}

export async function evaluateNerel(folder: string, outDir: string | null): Promise<string> {
  const names = (await readdir(folder)).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
  if (names.length === 0) throw new Error(`no .txt/.ann pairs in ${folder}`);
  const gold: ScoredSpan[][] = [];
  const predicted: Array<Array<ScoredSpan & { value: string | null }>> = [];
  let bytes = 0;
  let sentences = 0;
  let elapsed = 0;
  for (const name of names) {
    const text = await readFile(path.join(folder, `${name}.txt`), 'utf8');
    const ann = await readFile(path.join(folder, `${name}.ann`), 'utf8').catch(() => '');
    gold.push(readBratSpans(ann));
    const t0 = performance.now();
    predicted.push(tagNerelDocument(text));
    elapsed += performance.now() - t0;
    bytes += Buffer.byteLength(text);
    sentences += splitSentences(text, 0, text.length).length;
  }
  if (outDir) {
    await mkdir(outDir, { recursive: true });
    const lines = names.map((document, i) => JSON.stringify({ document, spans: predicted[i] ?? [] }));
    await writeFile(path.join(outDir, `nerel-${path.basename(folder)}.jsonl`), `${lines.join('\n')}\n`);
  }
  const byType: Array<[string, ReturnType<typeof scoreSpans>]> = [
    ['DATE', scoreSpans(gold, predicted, { type: 'DATE' })],
    ['TIME', scoreSpans(gold, predicted, { type: 'TIME' })],
    ['DATE+TIME', scoreSpans(gold, predicted)],
  ];
  const seconds = elapsed / 1000;
  const speed =
    `${names.length} documents, ${sentences} sentences, ${(bytes / 1e6).toFixed(2)} MB tagged in ${seconds.toFixed(2)} s ` +
    `(${Math.round(sentences / seconds)} sentences/s, including the one-time compilation of the patterns)`;
  return `${speed}\n${formatReport('nerel', folder, byType, byType[0]![1])}`;
}
