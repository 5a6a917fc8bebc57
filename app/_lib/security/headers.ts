/**
 * The security headers every response carries (set in proxy.ts for pages and route handlers, in next.config.ts for
 * the static files under /_next/). No `server-only` here: proxy.ts and the unit tests import it.
 */

/** The request header through which proxy.ts hands the per-request nonce to the root layout. */
export const NONCE_HEADER = 'x-jylnama-nonce';

/**
 * `frame-ancestors` sources from `JYLNAMA_FRAME_ANCESTORS` (space separated: `'self' https://news.example`);
 * a value with ';' or ',' is ignored as a whole, and
 * anything that is not a keyword, a scheme or an origin-like source is dropped, so a typo cannot inject directives.
 * Unset or empty: `'self'`.
 */
export function frameAncestors(value: string | undefined = process.env.JYLNAMA_FRAME_ANCESTORS): string {
  // A ';' or ',' would start another directive or policy: the whole value is then distrusted.
  if (value === undefined || /[;,\r\n]/.test(value)) return "'self'";
  const ok = (value ?? '')
    .split(/\s+/)
    .filter(
      (s) =>
        /^'(self|none)'$/.test(s) ||
        /^(https?:|\*|https?:\/\/[a-z0-9.*-]+(:\d+)?)$/i.test(s) ||
        /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?$/i.test(s),
    );
  if (ok.includes("'none'")) return "'none'";
  return ok.length > 0 ? ok.join(' ') : "'self'";
}

/**
 * The page policy (`frame-ancestors`: see `ancestorsFor`): scripts only from this origin with the request's nonce (`'strict-dynamic'` lets those load
 * the app's chunks); no inline script without the nonce, no plugins, no foreign base or form targets. Inline
 * styles stay allowed: vis-timeline positions its items with style attributes. `next dev` also needs eval.
 */
export function pageCsp(nonce: string, opts: { dev?: boolean; ancestors?: string } = {}): string {
  const ancestors = opts.ancestors ?? "'self'";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${opts.dev ? ' ws: wss:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${ancestors}`,
  ].join('; ');
}

/**
 * Who may frame a page at `pathname`: `/embed` (the page made for it) follows `JYLNAMA_FRAME_ANCESTORS`; every other
 * page, the editor's `/add` above all, only this origin.
 */
export function ancestorsFor(pathname: string): string {
  return pathname === '/embed' || pathname.startsWith('/embed/') ? frameAncestors() : "'self'";
}

/** For JSON and files: nothing in them may run or load anything, and nothing frames them but this origin. */
export function apiCsp(ancestors: string = "'self'"): string {
  return `default-src 'none'; frame-ancestors ${ancestors}`;
}

/** Headers that go on every response whatever its type. */
export function commonSecurityHeaders(): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
}

/** A fresh, unguessable nonce per request (base64 of 16 random bytes). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
