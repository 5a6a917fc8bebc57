/**
 * Span scoring as TempEval-3 Task A defines it, and as NER evaluations use it:
 * - strict (exact): a predicted span counts when a gold span has the same start and end;
 * - relaxed (overlap): a predicted span counts when it overlaps a gold span, and a gold span is found when a
 *   predicted one overlaps it (precision and recall are counted on their own sides);
 * - value accuracy: among relaxed matches, the share whose values are equal; value F1 = accuracy × relaxed F1.
 * Spans are half-open, in whatever unit the corpus uses (characters or tokens).
 */
export interface ScoredSpan {
  start: number;
  end: number;
  type?: string;
  value?: string | null;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  /** Predicted spans that match / all predicted; gold spans matched / all gold. */
  matchedPredicted: number;
  predicted: number;
  matchedGold: number;
  gold: number;
}

export interface SpanScores {
  strict: Prf;
  relaxed: Prf;
  /** Null when the gold data has no values. */
  valueAccuracy: number | null;
  valueF1: number | null;
}

function prf(matchedPredicted: number, predicted: number, matchedGold: number, gold: number): Prf {
  const precision = predicted === 0 ? 0 : matchedPredicted / predicted;
  const recall = gold === 0 ? 0 : matchedGold / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, matchedPredicted, predicted, matchedGold, gold };
}

const overlaps = (a: ScoredSpan, b: ScoredSpan) => a.start < b.end && b.start < a.end;
const same = (a: ScoredSpan, b: ScoredSpan) => a.start === b.start && a.end === b.end;

/**
 * Score documents: `gold[i]` and `predicted[i]` are the spans of document i. With `type`, only spans of that type
 * count on either side; without it, types are ignored.
 */
export function scoreSpans(gold: ScoredSpan[][], predicted: ScoredSpan[][], options: { type?: string; scoreValues?: boolean } = {}): SpanScores {
  const keep = (s: ScoredSpan) => options.type === undefined || s.type === options.type;
  let exactP = 0, exactG = 0, relaxedP = 0, relaxedG = 0, nP = 0, nG = 0, valuePairs = 0, valueRight = 0;
  for (let i = 0; i < Math.max(gold.length, predicted.length); i++) {
    const g = (gold[i] ?? []).filter(keep);
    const p = (predicted[i] ?? []).filter(keep);
    nG += g.length;
    nP += p.length;
    for (const ps of p) {
      if (g.some((gs) => same(gs, ps))) exactP++;
      if (g.some((gs) => overlaps(gs, ps))) relaxedP++;
    }
    for (const gs of g) {
      if (p.some((ps) => same(gs, ps))) exactG++;
      const match = p.find((ps) => same(gs, ps)) ?? p.find((ps) => overlaps(gs, ps));
      if (match) {
        relaxedG++;
        valuePairs++;
        if ((match.value ?? null) === (gs.value ?? null)) valueRight++;
      }
    }
  }
  const relaxed = prf(relaxedP, nP, relaxedG, nG);
  const valueAccuracy = options.scoreValues ? (valuePairs === 0 ? 0 : valueRight / valuePairs) : null;
  return {
    strict: prf(exactP, nP, exactG, nG),
    relaxed,
    valueAccuracy,
    valueF1: valueAccuracy === null ? null : valueAccuracy * relaxed.f1,
  };
}
