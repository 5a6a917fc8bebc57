// `npx tsx scripts/eval/diagnose.ts [--show <category>]`: where the one-corpus evaluation loses, by kind.
// - spurious events: no gold evidence in their sentences (an event the gold does not count), or gold of their
//   family elsewhere (a duplicate of a found event: a split), or gold of another family (a type error);
// - mentions of multi-article gold events that did not end up with the rest: no mention of the family in the
//   evidence sentence (extraction), or a mention that went elsewhere, by how firmly it was dated.
// With --show, the examples of one category.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from '../../lib/corpus/build-corpus';
import { mentionFacts, mentionsOf } from '../../lib/corpus/mention-facts';
import { scoreCorpus, scoringFamily } from './corpus-score';
import { applySameEvents, loadFixtures, loadKeyedFolder } from './gold';

import { eventsDevDir } from './datasets';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dev = eventsDevDir(root);
const sets = [
  ...loadFixtures(path.join(root, 'lib/events/fixtures')),
  ...(existsSync(dev) ? [loadKeyedFolder(dev, 'events-dev')] : []),
  loadKeyedFolder(path.join(root, 'eval/events'), 'eval/events'),
  loadKeyedFolder(path.join(root, 'eval/seeds'), 'eval/seeds'),
];
const groups = (JSON.parse(readFileSync(path.join(root, 'eval/same-events.json'), 'utf8')) as { groups: string[][] }).groups;
const gold = applySameEvents(sets, groups);
const corpus = buildCorpus(sets.flatMap((s) => s.files));
const show = process.argv[process.argv.indexOf('--show') + 1];
const wants = (category: string) => process.argv.includes('--show') && show !== undefined && category.startsWith(show);
const texts = new Map(corpus.articles.map((a) => [a.article.id, a.article.text]));
const idOf = (fileName: string) => fileName.replace(/\.txt$/i, '');
const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

const scores = scoreCorpus(gold, corpus.events);
const spurious = new Set(scores.mismatches.filter((m) => m.startsWith('spurious:')).map((m) => m.split(' ')[1]));
const claims = gold.flatMap((g) => g.claims.map((c) => ({ g, c, id: idOf(c.fileName) })));
const spuriousKinds = new Map<string, number>();
for (const e of corpus.events.filter((x) => spurious.has(x.id))) {
  const over = claims.filter((x) => e.sources.some((s) => s.articleId === x.id && s.start < x.c.evidence.end && x.c.evidence.start < s.end));
  const kind = over.length === 0 ? 'spurious/no-gold' : over.some((x) => scoringFamily(x.g.type) === scoringFamily(e.type)) ? 'spurious/duplicate' : 'spurious/other-family';
  count(spuriousKinds, kind);
  if (wants(kind)) {
    const where = e.sources.map((s) => (texts.get(s.articleId) ?? '').slice(Math.max(0, s.trigger.start - 40), s.trigger.end + 40).replace(/\n/g, ' '));
    console.log(`${kind} ${e.id} | ${where.join(' || ').slice(0, 300)}`);
  }
}

const mentions = mentionsOf(corpus.articles);
const splitKinds = new Map<string, number>();
for (const g of gold) {
  if (new Set(g.claims.map((c) => idOf(c.fileName))).size < 2) continue;
  const placed = g.claims.map((c) => {
    const id = idOf(c.fileName);
    const inFamily = mentions.filter(
      (x) => x.mention.articleId === id && x.mention.sentence.start < c.evidence.end && c.evidence.start < x.mention.sentence.end && scoringFamily(x.mention.type) === scoringFamily(g.type),
    );
    const m = inFamily.find((x) => x.mention.type === g.type) ?? inFamily[0];
    const event = m && corpus.events.find((e) => e.sources.some((s) => s.articleId === id && s.trigger.start === m.mention.trigger.start));
    return { c, id, m, event: event?.id ?? null };
  });
  const tally = new Map<string, number>();
  for (const p of placed) if (p.event) count(tally, p.event);
  const major = [...tally.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  for (const p of placed) {
    if (p.event !== null && p.event === major) continue;
    const kind = p.m ? `split/${mentionFacts(p.m).precision}` : 'split/no-mention';
    count(splitKinds, kind);
    if (wants(kind)) {
      const quote = (texts.get(p.id) ?? '').slice(p.c.evidence.start, p.c.evidence.end).slice(0, 120);
      console.log(`${kind} ${g.key} (${g.type}) | ${p.id} | «${quote}» → ${p.event ?? '-'} (the rest: ${major ?? '-'})`);
    }
  }
}
console.log([...spuriousKinds, ...splitKinds].map(([k, n]) => `${k}: ${n}`).join('\n'));
