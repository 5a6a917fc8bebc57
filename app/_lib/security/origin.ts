import 'server-only';
import { headers } from 'next/headers';
import { trustProxy } from './client';

/** A host name (or IPv4/IPv6 address) with an optional port: nothing that could end a URL's authority. */
const HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * The origin the request came in on (`http://localhost:3100`), for links the app hands out when the operator has not
 * set JYLNAMA_PUBLIC_URL. X-Forwarded-Host and -Proto are a client's to send: they are read only behind a proxy the
 * operator vouches for (`JYLNAMA_TRUST_PROXY=1`); otherwise the request's own Host, over http (what `next start`
 * serves). Either way the host must look like one and the scheme is http or https, nothing else.
 */
export function originFrom(h: Headers, trusted: boolean = trustProxy()): string {
  const first = (v: string | null) => v?.split(',')[0]?.trim() || null;
  const forwardedHost = trusted ? first(h.get('x-forwarded-host')) : null;
  const forwardedProto = trusted ? first(h.get('x-forwarded-proto'))?.toLowerCase() : null;
  const candidate = forwardedHost ?? h.get('host')?.trim() ?? '';
  const host = HOST.test(candidate) ? candidate : 'localhost:3000';
  const proto = forwardedProto === 'https' || forwardedProto === 'http' ? forwardedProto : 'http';
  return `${proto}://${host}`;
}

export async function requestOrigin(): Promise<string> {
  return originFrom(await headers());
}

/** `JYLNAMA_PUBLIC_URL` without a trailing slash, when it is a valid http(s) URL. */
export function configuredPublicUrl(): string | null {
  const value = process.env.JYLNAMA_PUBLIC_URL?.trim();
  if (!value) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return null;
  }
}

/**
 * The base of every absolute link the app hands out (canonical URLs, previews, copied links, embed codes,
 * exports): `JYLNAMA_PUBLIC_URL` when the operator set it (behind a proxy), else the request's own origin.
 */
export async function publicOrigin(): Promise<string> {
  return configuredPublicUrl() ?? (await requestOrigin());
}
