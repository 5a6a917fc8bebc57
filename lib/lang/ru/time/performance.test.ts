import { describe, expect, it } from 'vitest';
import { tagRu } from './expect-ru';

describe('no catastrophic backtracking', () => {
  it('100 KB of digits, dashes and month names finishes in well under a second', () => {
    tagRu('16 ноября 2025 года', '2025-11-14'); // compile the patterns outside the timed runs
    const chunk = '14-15-16 ноября 2025-2026 — 1 2 3 декабря-января 30 ноября – 2 декабря 1-2-3-4 90-х ';
    const text = chunk.repeat(Math.ceil(100_000 / chunk.length));
    // Best of three, so that a busy machine does not fail the test; backtracking would take minutes, not seconds.
    let best = Infinity;
    let found = 0;
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      found = tagRu(text, '2025-11-14').length;
      best = Math.min(best, performance.now() - started);
    }
    expect(best).toBeLessThan(1000);
    expect(found).toBeGreaterThan(1000);
  });
});
