import { describe, expect, it } from 'vitest';
import { findKkTriggers } from './triggers';

const found = (text: string, script: 'Cyrl' | 'Latn' = 'Cyrl') =>
  findKkTriggers(text, { start: 0, end: text.length }, script).map((t) => `${t.type}:${text.slice(t.start, t.end)}`);

describe('findKkTriggers: signing', () => {
  it('finds a signing told by the past verb and by the verbal noun (қою: й + у)', () => {
    expect(found('Екі ел басшылары құжаттарға қол қойды.')).toEqual(['agreement-signing:құжаттарға қол қойды']);
    expect(found('Құжаттарға қол қою рәсімі ертең өтеді.')).toEqual(['agreement-signing:Құжаттарға қол қою']);
    expect(found('Ekıjaqty qūjattarğa qol qoiu josparlanuda.', 'Latn')).toEqual([
      'agreement-signing:qūjattarğa qol qoiu',
    ]);
  });
});
