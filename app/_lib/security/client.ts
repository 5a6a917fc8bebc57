/** Set by scripts/http-guard.mjs on every request from its connection's address (a client's own value is replaced). */
export const CLIENT_HEADER = 'x-jylnama-client';

/** `JYLNAMA_TRUST_PROXY=1`: the server sits behind a proxy that sets X-Forwarded-For, -Host and -Proto itself. */
export function trustProxy(): boolean {
  return /^(1|true|yes)$/i.test(process.env.JYLNAMA_TRUST_PROXY?.trim() ?? '');
}

const ADDRESS = /^[0-9a-f.:[\]]{2,64}$/i;

/**
 * Who sent a request, for throttling and logs: the address of the connection; behind a trusted proxy, the client
 * the proxy names last added (the rightmost X-Forwarded-For entry, the only one the proxy itself wrote).
 */
export function clientAddress(headers: Headers): string {
  if (trustProxy()) {
    const forwarded = (headers.get('x-forwarded-for') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .at(-1);
    if (forwarded && ADDRESS.test(forwarded)) return forwarded;
  }
  const own = headers.get(CLIENT_HEADER)?.trim() ?? '';
  return ADDRESS.test(own) ? own : 'unknown';
}
