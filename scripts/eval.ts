// `npm run eval -- <kind> <path> [--out <dir>]`: measure the temporal tagger on annotated data.
//   kaznerd   an IOB2 file (KazNERD): DATE and TIME spans on tokens, exact and overlap
//   tempeval  a folder of TimeML .tml files (TempEval-3 Task A): strict/relaxed P/R/F1, value accuracy and F1
//   nerel     a brat folder (NEREL): DATE and TIME spans on character offsets, exact and overlap
// Prints a table, then a last line `<kind> <path> strict_f1=… relaxed_f1=… value_f1=…`.
import path from 'node:path';

type Evaluator = (target: string, outDir: string | null) => Promise<string>;

const KINDS: Record<string, () => Promise<Evaluator>> = {
  kaznerd: async () => (await import('./eval/kaznerd')).evaluateKaznerd,
  tempeval: async () => (await import('./eval/tempeval')).evaluateTempeval,
  nerel: async () => (await import('./eval/nerel')).evaluateNerel,
};

async function main(argv: string[]): Promise<number> {
  const outAt = argv.indexOf('--out');
  const outDir = outAt >= 0 ? (argv[outAt + 1] ?? null) : null;
  const [kind, target] = argv.filter((_, i) => outAt < 0 || (i !== outAt && i !== outAt + 1));
  const load = kind ? KINDS[kind] : undefined;
  if (!load || !target) {
    console.error(`usage: npm run eval -- <${Object.keys(KINDS).join('|')}> <file or folder> [--out <dir>]`);
    return 2;
  }
  const evaluate = await load();
  console.log(await evaluate(path.resolve(target), outDir ? path.resolve(outDir) : null));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
