import { describe, expect, it } from 'vitest';
import { cachedJson, queryKey } from './response-cache';

describe('the answer cache', () => {
  it('makes an answer once per corpus and query, and again for a new corpus', () => {
    let made = 0;
    const make = () => ({ n: ++made });
    const corpus = {};
    const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
    expect(text(cachedJson(corpus, 'a', make))).toBe('{"n":1}');
    expect(text(cachedJson(corpus, 'a', make))).toBe('{"n":1}');
    expect(text(cachedJson(corpus, 'b', make))).toBe('{"n":2}');
    expect(text(cachedJson({}, 'a', make))).toBe('{"n":3}');
  });

  it('does not keep big answers', () => {
    let made = 0;
    const big = () => ({ n: ++made, pad: 'x'.repeat(300 * 1024) });
    const corpus = {};
    cachedJson(corpus, 'big', big);
    cachedJson(corpus, 'big', big);
    expect(made).toBe(2);
  });

  it('keys a query by its parameters, not their order', () => {
    expect(queryKey(new URLSearchParams('to=2&from=1&type=b&type=a'))).toBe(
      queryKey(new URLSearchParams('type=a&from=1&type=b&to=2')),
    );
  });
});
