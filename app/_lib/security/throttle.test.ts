import { afterEach, describe, expect, it, vi } from 'vitest';
import { clientAddress, CLIENT_HEADER } from './client';
import { FailureThrottle } from './throttle';

describe('FailureThrottle', () => {
  it('refuses a client after `limit` failures in a window, logs twice (never each attempt), and forgets after it', () => {
    const lines: string[] = [];
    const t = new FailureThrottle(3, 60_000, (l) => lines.push(l));
    for (let i = 0; i < 500; i++) t.failed('10.0.0.1', 'editor token refused on POST /api/articles', 1000 + i);
    expect(t.retryAfter('10.0.0.1', 2000)).toBe(59);
    expect(t.retryAfter('10.0.0.2', 2000)).toBe(0);
    expect(lines).toEqual([
      '[jylnama] editor token refused on POST /api/articles from 10.0.0.1',
      '[jylnama] 10.0.0.1 failed 3 times in 60 s: refused (429) until the window has passed',
    ]);
    expect(t.retryAfter('10.0.0.1', 61_001)).toBe(0);
  });

  it('keeps a bounded number of clients', () => {
    const t = new FailureThrottle(1, 60_000, () => {}, 100);
    for (let i = 0; i < 1000; i++) t.failed(`10.0.${i >> 8}.${i & 255}`, 'x', 0);
    expect(t.retryAfter('10.0.0.0', 1)).toBe(0); // evicted
    expect(t.retryAfter('10.0.3.231', 1)).toBeGreaterThan(0);
  });
});

describe('clientAddress', () => {
  afterEach(() => vi.unstubAllEnvs());
  it('is the connection address the server stamped, unless a trusted proxy names the client', () => {
    const h = new Headers({ [CLIENT_HEADER]: '127.0.0.1', 'x-forwarded-for': '6.6.6.6, 10.1.1.1' });
    expect(clientAddress(h)).toBe('127.0.0.1');
    vi.stubEnv('JYLNAMA_TRUST_PROXY', '1');
    expect(clientAddress(h)).toBe('10.1.1.1');
    expect(clientAddress(new Headers({ 'x-forwarded-for': 'not an address' }))).toBe('unknown');
  });
});
