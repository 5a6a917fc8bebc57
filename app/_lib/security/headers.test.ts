import { afterEach, describe, expect, it, vi } from 'vitest';
import { ancestorsFor, apiCsp, frameAncestors, newNonce, pageCsp } from './headers';

describe('security headers', () => {
  it('frame-ancestors defaults to self and keeps only valid sources', () => {
    expect(frameAncestors(undefined)).toBe("'self'");
    expect(frameAncestors('')).toBe("'self'");
    expect(frameAncestors("'self' https://news.example.kz")).toBe("'self' https://news.example.kz");
    expect(frameAncestors('https://a.example; script-src *')).toBe("'self'");
    expect(frameAncestors("'none' https://a.example")).toBe("'none'");
  });

  it('the page policy allows script only by nonce', () => {
    const csp = pageCsp('abc123', { ancestors: "'self'" });
    expect(csp).toMatch(/script-src 'self' 'nonce-abc123' 'strict-dynamic';/);
    expect(csp).not.toMatch(/unsafe-inline'[^;]*;.*script|script-src[^;]*unsafe-inline/);
    expect(csp).toMatch(/frame-ancestors 'self'$/);
    expect(apiCsp("'none'")).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  it('nonces are fresh', () => {
    expect(newNonce()).not.toBe(newNonce());
    expect(newNonce()).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  describe('framing', () => {
    afterEach(() => vi.unstubAllEnvs());

    it('only /embed follows JYLNAMA_FRAME_ANCESTORS; every other page and the API stay self', () => {
      vi.stubEnv('JYLNAMA_FRAME_ANCESTORS', 'https://partner.example');
      expect(ancestorsFor('/embed')).toBe('https://partner.example');
      for (const path of ['/', '/add', '/present', '/events/x', '/articles', '/embedded', '/api/events'])
        expect(ancestorsFor(path)).toBe("'self'");
      expect(pageCsp('n')).toMatch(/frame-ancestors 'self'$/);
      expect(apiCsp()).toBe("default-src 'none'; frame-ancestors 'self'");
    });
  });
});
