import { describe, expect, it } from 'vitest';
import { apiCsp, frameAncestors, newNonce, pageCsp } from './headers';

describe('security headers', () => {
  it('frame-ancestors defaults to self and keeps only valid sources', () => {
    expect(frameAncestors(undefined)).toBe("'self'");
    expect(frameAncestors('')).toBe("'self'");
    expect(frameAncestors("'self' https://news.example.kz")).toBe("'self' https://news.example.kz");
    expect(frameAncestors("https://a.example; script-src *")).toBe("'self'");
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
});
