// Loaded into `next start` (node --import ./scripts/http-guard.mjs …; see nextStartArgs in next-build.mjs).
// It stamps each request with the address of its connection (below), and answers what Next cannot: TRACE and TRACK cannot become a fetch Request, so Next fails on them with a bare 500 before proxy.ts runs. They
// are answered here instead, at the Node HTTP server, with a 405 and the headers every response carries
// (the same values as app/_lib/security/headers.ts gives an API response).
import http from 'node:http';
import { serveDatabaseOutage } from './database-outage.mjs';
import { servePageFromCache } from './page-cache.mjs';

const REFUSED = new Set(['TRACE', 'TRACK']);
const HEADERS = {
  'Content-Type': 'text/plain; charset=utf-8',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  Allow: 'GET, HEAD, POST, OPTIONS',
};

/**
 * The address the connection came from, as a request header the app can read (route handlers see no socket):
 * whatever a client sent under this name is replaced. app/_lib/security/client.ts reads it.
 */
const CLIENT_HEADER = 'x-jylnama-client';

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function guarded(event, ...args) {
  const [request, response] = args;
  if (event === 'request' && request) {
    if (REFUSED.has(request.method)) {
      response.writeHead(405, HEADERS);
      response.end(`${request.method} is not allowed.\n`);
      return true;
    }
    for (let i = request.rawHeaders.length - 2; i >= 0; i -= 2) {
      if (request.rawHeaders[i].toLowerCase() === CLIENT_HEADER) request.rawHeaders.splice(i, 2);
    }
    const address = request.socket?.remoteAddress ?? 'unknown';
    request.headers[CLIENT_HEADER] = address;
    request.rawHeaders.push(CLIENT_HEADER, address);
    if (serveDatabaseOutage(request, response)) return true;
    if (servePageFromCache(request, response, () => emit.call(this, event, ...args))) return true;
  }
  return emit.call(this, event, ...args);
};
