import type { Prf, SpanScores } from '../../lib/eval/span-metrics';

const pct = (x: number) => x.toFixed(4);

function row(label: string, p: Prf): string {
  return [label.padEnd(22), pct(p.precision), pct(p.recall), pct(p.f1), `${p.matchedPredicted}/${p.predicted}`.padStart(11), `${p.matchedGold}/${p.gold}`.padStart(11)].join('  ');
}

/** A plain table of strict and relaxed scores per span type, then the one-line summary the issue specifies. */
export function formatReport(kind: string, target: string, byType: Array<[string, SpanScores]>, headline: SpanScores): string {
  const lines = [`${'span set'.padEnd(22)}  ${'P'.padEnd(6)}  ${'R'.padEnd(6)}  ${'F1'.padEnd(6)}  ${'pred ok'.padStart(11)}  ${'gold found'.padStart(11)}`];
  for (const [label, s] of byType) {
    lines.push(row(`${label} strict`, s.strict));
    lines.push(row(`${label} relaxed`, s.relaxed));
    if (s.valueAccuracy !== null) lines.push(`${`${label} value`.padEnd(22)}  accuracy=${pct(s.valueAccuracy)}  value_f1=${pct(s.valueF1 ?? 0)}`);
  }
  const summary = [`${kind} ${target}`, `strict_f1=${pct(headline.strict.f1)}`, `relaxed_f1=${pct(headline.relaxed.f1)}`];
  if (headline.valueF1 !== null) summary.push(`value_f1=${pct(headline.valueF1)}`);
  lines.push('', summary.join(' '));
  return lines.join('\n');
}
