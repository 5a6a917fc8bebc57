// `npm run eval:events [-- <fixtures dir>] [--verbose]`: precision, recall and date accuracy of the event
// extractor per language over the fixture folders (lib/events/fixtures/<lang-script>/: articles + expected.json).
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { buildCorpus } from '../lib/corpus/build-corpus';
import { scoreEvents, type EventScores, type ExpectedEvent } from './eval/event-alignment';

const f = (x: number) => x.toFixed(3);

async function evaluateFolder(dir: string): Promise<{ scores: EventScores; articles: number; ms: number }> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  const files = await Promise.all(names.map(async (fileName) => ({ fileName, bytes: new Uint8Array(await readFile(path.join(dir, fileName))) })));
  const expected = (JSON.parse(await readFile(path.join(dir, 'expected.json'), 'utf8')) as { events: ExpectedEvent[] }).events;
  const started = performance.now();
  const corpus = buildCorpus(files);
  const ms = performance.now() - started;
  return { scores: scoreEvents(expected, corpus.events), articles: files.length, ms };
}

async function main(argv: string[]): Promise<void> {
  const verbose = argv.includes('--verbose');
  const root = path.resolve(argv.find((a) => !a.startsWith('--')) ?? 'lib/events/fixtures');
  const folders = (await readdir(root, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  console.log(['set'.padEnd(10), 'articles', 'expected', 'predicted', 'P', 'R', 'F1', 'date_acc', 'type_acc', 'status_acc', 'place_acc', 'actors_F1', 'articles/s'].join('  '));
  const all: EventScores[] = [];
  for (const folder of folders) {
    const { scores: s, articles, ms } = await evaluateFolder(path.join(root, folder));
    all.push(s);
    console.log(
      [folder.padEnd(10), String(articles).padStart(8), String(s.expected).padStart(8), String(s.predicted).padStart(9), f(s.precision), f(s.recall), f(s.f1), f(s.dateAccuracy).padStart(8), f(s.typeAccuracy).padStart(8), f(s.statusAccuracy).padStart(10), f(s.placeAccuracy).padStart(9), f(s.participantsF1).padStart(9), (articles / (ms / 1000)).toFixed(0).padStart(10)].join('  '),
    );
    if (verbose) for (const m of s.mismatches) console.log(`    ${m}`);
  }
  const sum = (k: 'expected' | 'predicted' | 'matched') => all.reduce((n, s) => n + s[k], 0);
  const P = sum('matched') / Math.max(1, sum('predicted'));
  const R = sum('matched') / Math.max(1, sum('expected'));
  const dateAcc = all.reduce((n, s) => n + s.dateAccuracy * s.matched, 0) / Math.max(1, sum('matched'));
  console.log(`\nevents all precision=${f(P)} recall=${f(R)} f1=${f(P + R ? (2 * P * R) / (P + R) : 0)} date_accuracy=${f(dateAcc)}`);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
