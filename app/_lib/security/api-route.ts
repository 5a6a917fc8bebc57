import { apiCsp, commonSecurityHeaders } from './headers';

/**
 * Route handlers under /api/ do not go through proxy.ts: the timeline asks /api/events for a window on every pan
 * and zoom, JSON needs neither a script nonce nor the locale header, and skipping the proxy's extra pass makes
 * those calls markedly cheaper. Each handler is wrapped in this instead, which sets the same headers the proxy
 * sets on every other response (CSP with the configured `frame-ancestors`, nosniff, Referrer-Policy).
 */
export function apiRoute<A extends unknown[]>(
  handler: (...args: A) => Response | Promise<Response>,
): (...args: A) => Promise<Response> {
  return async (...args: A) => withApiHeaders(await handler(...args));
}

export function withApiHeaders(response: Response): Response {
  response.headers.set('Content-Security-Policy', apiCsp());
  for (const [name, value] of Object.entries(commonSecurityHeaders())) response.headers.set(name, value);
  return response;
}

/**
 * For the methods a route does not answer: a 405 in JSON with `Allow` and the security headers (Next's own 405
 * has neither). `OPTIONS` gets a 204 with `Allow`.
 */
export function notAllowed(...allowed: string[]): () => Response {
  const allow = [...allowed, 'OPTIONS'].join(', ');
  return () =>
    withApiHeaders(
      Response.json(
        { error: `Not allowed here; this address answers ${allow}.` },
        { status: 405, headers: { Allow: allow } },
      ),
    );
}

export function options(...allowed: string[]): () => Response {
  const allow = [...allowed, 'OPTIONS'].join(', ');
  return () => withApiHeaders(new Response(null, { status: 204, headers: { Allow: allow } }));
}
