// `npm run eval:events [-- --gold <dir>]... [--all] [--verbose] [--no-synth] [--synth 2000,10000]`
//
// Builds ONE corpus from every evaluation article at hand, as the app runs (the fixtures, events-dev, our own dev
// set in eval/events, the seeds), and scores it by the rules of events-dev/README.md: precision and recall of
// events, exact dates, statuses, events that stand for one real event, multi-article events merged, and B-cubed
// over gold mentions. Then the same merge over synthetic corpora with known truth (B-cubed, date accuracy).
// `--gold <dir>` scores a folder in the events-dev format instead (repeatable; `--all` keeps ours beside it).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from '../lib/corpus/build-corpus';
import { mentionFacts, mentionsOf } from '../lib/corpus/mention-facts';
import type { Corpus } from '../lib/corpus/types';
import { scoreCorpus, type CorpusScores, type ServedEvent } from './eval/corpus-score';
import { applySameEvents, loadFixtures, loadKeyedFolder, type GoldEvent, type GoldSet } from './eval/gold';
import { scoreSynthetic } from './eval/synthetic-score';

import { eventsDevDir } from './eval/datasets';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const f = (x: number) => x.toFixed(3);

function ownSets(): GoldSet[] {
  const sets = [...loadFixtures(path.join(root, 'lib/events/fixtures'))];
  const dev = eventsDevDir(root);
  if (existsSync(dev)) sets.push(loadKeyedFolder(dev, 'events-dev'));
  else
    console.log(
      `(events-dev not found at ${dev}; put the datasets in datasets/ or set JYLNAMA_DATASETS or JYLNAMA_EVENTS_DEV to include it)`,
    );
  for (const own of ['eval/events', 'eval/seeds'])
    if (existsSync(path.join(root, own))) sets.push(loadKeyedFolder(path.join(root, own), own));
  return sets;
}

function sameEventGroups(): string[][] {
  const file = path.join(root, 'eval/same-events.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { groups: string[][] }).groups : [];
}

const HEADER = [
  'set'.padEnd(16),
  'articles',
  'gold',
  'served',
  'P',
  'R',
  'F1',
  'date',
  'status',
  'pure',
  'merged',
  'B3-P',
  'B3-R',
];

function row(name: string, articles: number, s: CorpusScores): string {
  return [
    name.padEnd(16),
    String(articles).padStart(8),
    String(s.gold).padStart(4),
    String(s.served).padStart(6),
    f(s.precision),
    f(s.recall),
    f(s.f1),
    f(s.exactDate),
    f(s.status).padStart(6),
    f(s.pure),
    `${s.merged}/${s.multi}`.padStart(6),
    f(s.b3.precision),
    f(s.b3.recall),
  ].join('  ');
}

/** The served events that touch a set's articles: a set's precision counts only what its articles gave rise to. */
function servedIn(served: ServedEvent[], articleIds: Set<string>): ServedEvent[] {
  return served.filter((e) => e.sources.some((s) => articleIds.has(s.articleId)));
}

/** `--explain <text>`: for every gold key containing the text, each claim's mentions and the events they are in. */
function explainKeys(corpus: Corpus, gold: GoldEvent[], needle: string): void {
  const mentions = mentionsOf(corpus.articles);
  for (const g of gold.filter((x) => x.key.includes(needle))) {
    console.log(`\n${g.key} (${g.type})`);
    for (const c of g.claims) {
      const id = c.fileName.replace(/\.txt$/i, '');
      const text = corpus.articles.find((a) => a.article.id === id)?.article.text ?? '';
      console.log(
        `  ${id} ${c.articleDate}: claims ${c.when ?? 'undated'} ${c.status} «${text.slice(c.evidence.start, c.evidence.end)}»`,
      );
      for (const x of mentions.filter(
        (y) =>
          y.mention.articleId === id &&
          y.mention.sentence.start < c.evidence.end &&
          c.evidence.start < y.mention.sentence.end,
      )) {
        const f = mentionFacts(x);
        const m = x.mention;
        const event = corpus.events.find((e) =>
          e.sources.some((s) => s.articleId === id && s.trigger.start === m.trigger.start),
        );
        const link = event?.sources.find((s) => s.articleId === id && s.trigger.start === m.trigger.start)?.link;
        console.log(
          `    ${m.type} «${text.slice(m.trigger.start, m.trigger.end)}» ${f.precision} ${f.interval ? `${f.interval.start}/${f.interval.end}` : '-'} ${m.status} ` +
            `cp=[${[...f.counterparts]}] cc=[${[...f.counterpartCountries]}] hosts=[${[...f.hosts]}] city=${f.city} body=${m.bodyId}#${m.ordinal} → ${event?.id ?? 'none'} ` +
            `${link ? link.reasons.map((r) => `${r.code}:${r.weight}${r.detail ? `(${r.detail})` : ''}`).join(' ') : ''}`,
        );
      }
    }
  }
}

function main(argv: string[]): void {
  const verbose = argv.includes('--verbose');
  const golds = argv.flatMap((a, i) => (a === '--gold' && argv[i + 1] ? [argv[i + 1]!] : []));
  const sets = [
    ...(golds.length === 0 || argv.includes('--all') ? ownSets() : []),
    ...golds.map((d) => loadKeyedFolder(path.resolve(d))),
  ];
  const gold: GoldEvent[] = applySameEvents(sets, sameEventGroups());
  const files = sets.flatMap((s) => s.files);

  const started = performance.now();
  const corpus = buildCorpus(files);
  const ms = performance.now() - started;
  for (const failure of corpus.failures) console.log(`unreadable: ${failure.fileName}: ${failure.reason}`);
  const served: ServedEvent[] = corpus.events;
  console.log(
    `one corpus: ${files.length} articles, ${corpus.events.length} events, built in ${(ms / 1000).toFixed(2)} s\n`,
  );

  console.log(HEADER.join('  '));
  for (const set of sets) {
    const ids = new Set(set.files.map((x) => x.fileName.replace(/\.txt$/i, '')));
    const own = gold.filter((g) => g.claims.some((c) => ids.has(c.fileName.replace(/\.txt$/i, ''))));
    console.log(row(set.name, set.files.length, scoreCorpus(own, servedIn(served, ids))));
  }
  const all = scoreCorpus(gold, served);
  console.log(row('ALL', files.length, all));
  if (verbose) for (const m of all.mismatches) console.log(`    ${m}`);
  const explain = argv[argv.indexOf('--explain') + 1];
  if (argv.includes('--explain') && explain) explainKeys(corpus, gold, explain);
  console.log(
    `\nevents all precision=${f(all.precision)} recall=${f(all.recall)} f1=${f(all.f1)} exact_date=${f(all.exactDate)} ` +
      `status=${f(all.status)} pure=${f(all.pure)} pure_strict=${f(all.pureStrict)} merged=${all.merged}/${all.multi} merged_clean=${all.mergedClean}/${all.multi} ` +
      `b3_precision=${f(all.b3.precision)} b3_recall=${f(all.b3.recall)} b3_f1=${f(all.b3.f1)}`,
  );

  if (argv.includes('--no-synth')) return;
  const sizes = (
    argv[argv.indexOf('--synth') + 1] && argv.includes('--synth') ? argv[argv.indexOf('--synth') + 1]! : '2000,10000'
  )
    .split(',')
    .map(Number);
  console.log('\nsynthetic corpora with known truth (corpus:synth): B-cubed over mentions, exact dates of events');
  for (const n of sizes) {
    const s = scoreSynthetic(n);
    console.log(
      `synthetic articles=${n} mentions=${s.mentions} true_events=${s.trueEvents} served=${s.served} ` +
        `b3_precision=${f(s.b3.precision)} b3_recall=${f(s.b3.recall)} b3_f1=${f(s.b3.f1)} exact_date=${f(s.exactDate)} ` +
        `status=${f(s.status)} built_in=${(s.ms / 1000).toFixed(1)}s`,
    );
  }
}

main(process.argv.slice(2));
