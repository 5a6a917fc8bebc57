import { apiCsp, commonSecurityHeaders } from './headers';

/**
 * Route handlers under /api/ do not go through proxy.ts: the timeline asks /api/events for a window on every pan
 * and zoom, JSON needs neither a script nonce nor the locale header, and skipping the proxy's extra pass makes
 * those calls markedly cheaper. Each handler is wrapped in this instead, which sets the same headers the proxy
 * sets on every other response (CSP with the configured `frame-ancestors`, nosniff, Referrer-Policy).
 */
export function apiRoute<A extends unknown[]>(handler: (...args: A) => Response | Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args: A) => withApiHeaders(await handler(...args));
}

export function withApiHeaders(response: Response): Response {
  response.headers.set('Content-Security-Policy', apiCsp());
  for (const [name, value] of Object.entries(commonSecurityHeaders())) response.headers.set(name, value);
  return response;
}
