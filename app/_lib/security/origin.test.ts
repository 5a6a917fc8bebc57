import { afterEach, describe, expect, it, vi } from 'vitest';
import { configuredPublicUrl, originFrom } from './origin';

const h = (entries: Record<string, string>) => new Headers(entries);

describe('originFrom', () => {
  it('ignores X-Forwarded-Host and -Proto unless the operator trusts a proxy', () => {
    const sent = h({
      host: 'jylnama.example:3000',
      'x-forwarded-host': 'evil.example',
      'x-forwarded-proto': 'javascript',
    });
    expect(originFrom(sent, false)).toBe('http://jylnama.example:3000');
    expect(
      originFrom(h({ host: 'a.example', 'x-forwarded-host': 'news.example', 'x-forwarded-proto': 'https' }), true),
    ).toBe('https://news.example');
  });

  it('takes only http or https, and only a host that looks like one', () => {
    expect(originFrom(h({ host: 'a.example', 'x-forwarded-proto': 'javascript' }), true)).toBe('http://a.example');
    expect(originFrom(h({ host: 'evil.example/"><script>' }), false)).toBe('http://localhost:3000');
    expect(originFrom(h({ host: 'a.example', 'x-forwarded-host': 'b.example@evil.example' }), true)).toBe(
      'http://localhost:3000',
    );
    expect(originFrom(h({ host: '[::1]:3000' }), false)).toBe('http://[::1]:3000');
  });
});

describe('configuredPublicUrl', () => {
  afterEach(() => vi.unstubAllEnvs());
  it('takes an http(s) URL, and nothing else', () => {
    vi.stubEnv('JYLNAMA_PUBLIC_URL', 'https://chronicle.example/app/');
    expect(configuredPublicUrl()).toBe('https://chronicle.example/app');
    vi.stubEnv('JYLNAMA_PUBLIC_URL', 'javascript:alert(1)');
    expect(configuredPublicUrl()).toBeNull();
  });
});
