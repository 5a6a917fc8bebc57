import 'server-only';
import { headers } from 'next/headers';

/** The origin the request came in on (`http://localhost:3100`). */
export async function requestOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost:3000';
  const proto = h.get('x-forwarded-proto') ?? (host.startsWith('localhost') || host.startsWith('127.') ? 'http' : 'https');
  return `${proto.split(',')[0]}://${host.split(',')[0]}`;
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
