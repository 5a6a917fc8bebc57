import type { CorpusEvent } from '../../lib/corpus/types';
import { typesCompatible } from '../../lib/events/type-families';

/** One expected event of a fixture folder (see lib/events/fixtures/README.md). */
export interface ExpectedEvent {
  type: string;
  when: string | null;
  before?: string;
  place: string | null;
  participants: string[];
  status: 'announced' | 'reported';
  parentType: string | null;
  evidence: string[];
}

export interface EventScores {
  expected: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  /** Among matched events: the share with the right date (EDTF value, or both undated). */
  dateAccuracy: number;
  typeAccuracy: number;
  statusAccuracy: number;
  placeAccuracy: number;
  participantsF1: number;
  mismatches: string[];
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

/**
 * Align predicted events to expected ones by their evidence: a predicted event matches an expected one when one of
 * its source sentences contains one of the expected evidence strings and the types are of one family. Pairs are
 * one-to-one, best type agreement first.
 */
export function scoreEvents(expected: ExpectedEvent[], predicted: CorpusEvent[]): EventScores {
  const used = new Set<CorpusEvent>();
  const pairs: Array<[ExpectedEvent, CorpusEvent]> = [];
  const mismatches: string[] = [];
  for (const e of expected) {
    const candidates = predicted.filter(
      (p) =>
        !used.has(p) &&
        typesCompatible(p.type, e.type as CorpusEvent['type']) &&
        p.sources.some((s) => e.evidence.some((ev) => s.quote.includes(ev))),
    );
    const best = candidates.find((p) => p.type === e.type) ?? candidates[0];
    if (best) {
      used.add(best);
      pairs.push([e, best]);
    } else mismatches.push(`missed: ${e.type} ${e.when ?? 'undated'} «${e.evidence[0] ?? ''}»`);
  }
  for (const p of predicted) if (!used.has(p)) mismatches.push(`spurious: ${p.id} «${p.sources[0]?.quote.slice(0, 80) ?? ''}»`);

  let dates = 0, types = 0, statuses = 0, places = 0, tpActors = 0, predActors = 0, goldActors = 0;
  for (const [e, p] of pairs) {
    if ((e.when ?? null) === (p.when ?? null)) dates++;
    else mismatches.push(`date: ${p.id} is ${p.when ?? 'undated'}, expected ${e.when ?? 'undated'}`);
    if (e.type === p.type) types++;
    else mismatches.push(`type: ${p.id} is ${p.type}, expected ${e.type}`);
    if (e.status === p.status) statuses++;
    else mismatches.push(`status: ${p.id} is ${p.status}, expected ${e.status}`);
    if ((e.place ?? null) === p.placeId) places++;
    const got = new Set(p.participants.map((x) => x.actorId));
    predActors += got.size;
    goldActors += e.participants.length;
    tpActors += e.participants.filter((a) => got.has(a)).length;
    const wanted = [...e.participants].sort().join(',');
    const have = [...got].sort().join(',');
    if (wanted !== have) mismatches.push(`actors: ${p.id} has [${have}], expected [${wanted}]`);
    if ((e.place ?? null) !== p.placeId) mismatches.push(`place: ${p.id} is ${p.placeId ?? 'none'}, expected ${e.place ?? 'none'}`);
  }
  const precision = ratio(pairs.length, predicted.length);
  const recall = ratio(pairs.length, expected.length);
  const pP = ratio(tpActors, predActors);
  const pR = ratio(tpActors, goldActors);
  return {
    expected: expected.length,
    predicted: predicted.length,
    matched: pairs.length,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    dateAccuracy: ratio(dates, pairs.length),
    typeAccuracy: ratio(types, pairs.length),
    statusAccuracy: ratio(statuses, pairs.length),
    placeAccuracy: ratio(places, pairs.length),
    participantsF1: pP + pR === 0 ? 0 : (2 * pP * pR) / (pP + pR),
    mismatches,
  };
}
