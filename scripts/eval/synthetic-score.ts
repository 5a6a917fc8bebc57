// The merge scored on a synthetic corpus whose true events are known (scripts/corpus-synth.ts): B-cubed over the
// event sentences (each sentence's served event against its true event), and, per true event, whether the served
// event that holds most of its sentences has its dates and status.
import { buildCorpus } from '../../lib/corpus/build-corpus';
import type { CorpusEvent } from '../../lib/corpus/types';
import { synthCorpus, type TrueEvent } from '../corpus-synth';
import { scoringFamily } from './corpus-score';

export interface SyntheticScores {
  mentions: number;
  trueEvents: number;
  served: number;
  b3: { precision: number; recall: number; f1: number };
  exactDate: number;
  status: number;
  ms: number;
}

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function scoreSynthetic(articles: number, seed = 1): SyntheticScores {
  const synth = synthCorpus(articles, seed);
  const files = synth.articles.map((a) => ({ fileName: a.fileName, bytes: new TextEncoder().encode(a.text) }));
  const t0 = performance.now();
  const corpus = buildCorpus(files);
  const ms = performance.now() - t0;
  const trueById = new Map<string, TrueEvent>(synth.events.map((e) => [e.id, e]));
  const byArticle = new Map<string, CorpusEvent[]>();
  for (const e of corpus.events) for (const id of new Set(e.sources.map((s) => s.articleId))) byArticle.set(id, [...(byArticle.get(id) ?? []), e]);

  const mentions: Array<{ truth: string; served: CorpusEvent | null }> = [];
  for (const a of synth.articles) {
    const id = a.fileName.replace(/\.txt$/, '');
    for (const t of a.truth) {
      const family = scoringFamily(trueById.get(t.event)!.type);
      const served = (byArticle.get(id) ?? []).find(
        (e) => scoringFamily(e.type) === family && e.sources.some((s) => s.articleId === id && s.start < t.end && t.start < s.end),
      );
      mentions.push({ truth: t.event, served: served ?? null });
    }
  }
  const byServed = new Map<CorpusEvent, typeof mentions>();
  const byTruth = new Map<string, typeof mentions>();
  for (const m of mentions) {
    if (m.served) byServed.set(m.served, [...(byServed.get(m.served) ?? []), m]);
    byTruth.set(m.truth, [...(byTruth.get(m.truth) ?? []), m]);
  }
  let p = 0, r = 0;
  for (const m of mentions) {
    const cluster = m.served ? byServed.get(m.served)! : [m];
    const same = cluster.filter((x) => x.truth === m.truth).length;
    p += same / cluster.length;
    r += same / byTruth.get(m.truth)!.length;
  }
  let exact = 0, status = 0;
  for (const [id, ms_] of byTruth) {
    const truth = trueById.get(id)!;
    const counts = new Map<CorpusEvent, number>();
    for (const m of ms_) if (m.served) counts.set(m.served, (counts.get(m.served) ?? 0) + 1);
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    if (best?.start === truth.start && best.end === truth.end) exact++;
    if (best && best.status === (truth.announcedOnly ? 'announced' : 'reported')) status++;
  }
  const precision = p / Math.max(1, mentions.length);
  const recall = r / Math.max(1, mentions.length);
  return {
    mentions: mentions.length,
    trueEvents: byTruth.size,
    served: corpus.events.length,
    b3: { precision, recall, f1: f1(precision, recall) },
    exactDate: exact / Math.max(1, byTruth.size),
    status: status / Math.max(1, byTruth.size),
    ms,
  };
}
