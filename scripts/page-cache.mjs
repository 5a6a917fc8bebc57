// Loaded into `next start` with the HTTP guard (scripts/http-guard.mjs). The timeline page `/` is the same for every
// visitor until the corpus changes, except for its CSP nonce; rendering it takes tens of milliseconds on the one
// server thread. So a rendered `/` is kept for a short while, per address and corpus version, and served again
// with a fresh nonce put in place of the old one (in the CSP header and in the page), and gzipped when the
// browser takes that.
//  - only GET documents of `/` (not Next's own navigation requests: RSC, prefetch, actions), only 200 text/html;
//  - kept at most TTL_MS, and never past a change of corpus (the store's `version`, in this same process);
//  - at most MAX_ENTRIES pages, the oldest dropped first.
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';

const TTL_MS = 2000;
const MAX_ENTRIES = 64;
const NEXT_INTERNAL = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-action', 'next-router-segment-prefetch'];
const NONCE_IN_CSP = /'nonce-([A-Za-z0-9+/=]{16,64})'/;

/** @type {Map<string, { at: number; status: number; headers: Record<string, string | string[]>; body: Buffer; nonce: string }>} */
const pages = new Map();

function corpusVersion() {
  return /** @type {{ __jylnamaStore?: { version: number } }} */ (globalThis).__jylnamaStore?.version ?? null;
}

/** @param {import('node:http').IncomingMessage} request */
function cacheable(request) {
  if (request.method !== 'GET') return false;
  const path = (request.url ?? '').split('?')[0];
  if (path !== '/') return false;
  return !NEXT_INTERNAL.some((h) => h in request.headers) && !(request.url ?? '').includes('_rsc=');
}

function newNonce() {
  return randomBytes(16).toString('base64');
}

/**
 * Serves `/` from the cache, or lets Next render it and keeps a copy. Returns true when it answered.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
export function servePageFromCache(request, response) {
  if (!cacheable(request)) return false;
  const version = corpusVersion();
  if (version === null) return false;
  // Everything the page's links are built from is in the key (the forwarded headers count behind a trusted proxy).
  const h = request.headers;
  const key = [version, h.host, h['x-forwarded-host'], h['x-forwarded-proto'], request.url].join('\0');
  const hit = pages.get(key);
  const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  if (hit && Date.now() - hit.at < TTL_MS) {
    const nonce = newNonce();
    const body = Buffer.from(hit.body.toString('utf8').replaceAll(hit.nonce, nonce));
    const headers = { ...hit.headers };
    for (const [name, value] of Object.entries(headers)) {
      if (typeof value === 'string') headers[name] = value.replaceAll(hit.nonce, nonce);
    }
    delete headers['content-length'];
    delete headers['transfer-encoding'];
    const out = acceptsGzip ? gzipSync(body, { level: 4 }) : body;
    if (acceptsGzip) headers['content-encoding'] = 'gzip';
    headers['content-length'] = String(out.length);
    response.writeHead(hit.status, headers);
    response.end(out);
    return true;
  }
  if (hit) pages.delete(key);
  // A miss: Next renders it, uncompressed so that a copy can be kept, and the copy is taken as it is written.
  delete request.headers['accept-encoding'];
  for (let i = request.rawHeaders.length - 2; i >= 0; i -= 2) {
    if (request.rawHeaders[i].toLowerCase() === 'accept-encoding') request.rawHeaders.splice(i, 2);
  }
  const chunks = [];
  const write = response.write.bind(response);
  const end = response.end.bind(response);
  response.write = (chunk, ...rest) => {
    if (chunk) chunks.push(Buffer.from(chunk));
    return write(chunk, ...rest);
  };
  response.end = (chunk, ...rest) => {
    if (chunk && typeof chunk !== 'function') chunks.push(Buffer.from(chunk));
    const headers = response.getHeaders();
    const csp = String(headers['content-security-policy'] ?? '');
    const nonce = NONCE_IN_CSP.exec(csp)?.[1];
    const type = String(headers['content-type'] ?? '');
    if (response.statusCode === 200 && nonce && type.startsWith('text/html') && !headers['set-cookie'] && !headers['content-encoding'] && corpusVersion() === version) {
      if (pages.size >= MAX_ENTRIES) pages.delete(pages.keys().next().value);
      /** @type {Record<string, string | string[]>} */
      const kept = {};
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) kept[name] = Array.isArray(value) ? value : String(value);
      pages.set(key, { at: Date.now(), status: 200, headers: kept, body: Buffer.concat(chunks), nonce });
    }
    return end(chunk, ...rest);
  };
  return false;
}
