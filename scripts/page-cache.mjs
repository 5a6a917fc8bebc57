// Loaded into `next start` with the HTTP guard (scripts/http-guard.mjs). The timeline page `/` is the same for every
// visitor until the corpus changes, except for its CSP nonce; rendering it takes tens of milliseconds on the one
// server thread. So a rendered `/` is kept for a short while, per address and corpus version, and served again
// with a fresh nonce put in place of the old one (in the CSP header and in the page), and gzipped when the
// browser takes that.
//  - only GET documents of `/` (not Next's own navigation requests: RSC, prefetch, actions), only 200 text/html;
//  - kept at most TTL_MS, and never past a change of corpus (the store's `version`, in this same process);
//  - at most MAX_ENTRIES pages, the oldest dropped first;
//  - one render at a time per key: requests that come while it runs wait for it (under load every request would
//    otherwise miss together when an entry expires, and each would render; that was the p99), and are handed to
//    Next after all when the render gives nothing to keep.
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';

const TTL_MS = 2000;
const MAX_ENTRIES = 64;
const NEXT_INTERNAL = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-action',
  'next-router-segment-prefetch',
];
const NONCE_IN_CSP = /'nonce-([A-Za-z0-9+/=]{16,64})'/;

/** @typedef {{ at: number; status: number; headers: Record<string, string | string[]>; body: Buffer; nonce: string }} Page */
/** @type {Map<string, Page>} */
const pages = new Map();
/** Renders under way, by key, with what waits for each: called with the page, or with null when none was kept. */
/** @type {Map<string, Array<(page: Page | null) => void>>} */
const rendering = new Map();

function corpusVersion() {
  return /** @type {{ __jylnamaStore?: { version: number } }} */ (globalThis).__jylnamaStore?.version ?? null;
}

/** @param {import('node:http').IncomingMessage} request */
function cacheable(request) {
  if (request.method !== 'GET') return false;
  const path = (request.url ?? '').split('?')[0];
  if (path !== '/') return false;
  // A signed-in editor's page carries their name and controls: never kept, never served to another.
  if (/(?:^|;\s*)jylnama_session=/.test(request.headers.cookie ?? '')) return false;
  return !NEXT_INTERNAL.some((h) => h in request.headers) && !(request.url ?? '').includes('_rsc=');
}

function newNonce() {
  return randomBytes(16).toString('base64');
}

/**
 * @param {Page} hit
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
function serveKept(hit, request, response) {
  const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
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
}

/**
 * Serves `/` from the cache, or lets Next render it and keeps a copy. Returns true when it took the request (it
 * answered, or will once the render under way for the same page is done: then `passOn` hands it to Next if that
 * render gave nothing to keep); false when Next is to render it now.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {() => void} passOn
 */
export function servePageFromCache(request, response, passOn) {
  if (!cacheable(request)) return false;
  const version = corpusVersion();
  if (version === null) return false;
  // Everything the page's links are built from is in the key (the forwarded headers count behind a trusted proxy).
  const h = request.headers;
  const key = [version, h.host, h['x-forwarded-host'], h['x-forwarded-proto'], request.url].join('\0');
  const hit = pages.get(key);
  if (hit && Date.now() - hit.at < TTL_MS) {
    serveKept(hit, request, response);
    return true;
  }
  if (hit) pages.delete(key);
  const waiting = rendering.get(key);
  if (waiting) {
    waiting.push((page) => (page ? serveKept(page, request, response) : passOn()));
    return true;
  }
  /** @type {Array<(page: Page | null) => void>} */
  const waiters = [];
  rendering.set(key, waiters);
  let settled = false;
  /** @param {Page | null} page */
  const settle = (page) => {
    if (settled) return;
    settled = true;
    rendering.delete(key);
    for (const waiter of waiters) waiter(page);
  };
  // A render that never ends (the client went away mid-page) must not hold the others.
  response.once('close', () => settle(null));
  // A miss: Next renders it uncompressed (so that a copy can be kept), and the copy is taken as it is written.
  // A browser that takes gzip gets the page gzipped here, whole, at the end: the first visit after the short TTL is
  // most visits, and sending it uncompressed cost a phone on a slow network a second of LCP (bench (d)).
  const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  delete request.headers['accept-encoding'];
  for (let i = request.rawHeaders.length - 2; i >= 0; i -= 2) {
    if (request.rawHeaders[i].toLowerCase() === 'accept-encoding') request.rawHeaders.splice(i, 2);
  }
  const chunks = [];
  const write = response.write.bind(response);
  const end = response.end.bind(response);
  const writeHead = response.writeHead;
  const flushHeaders = response.flushHeaders;
  if (acceptsGzip) {
    // Nothing goes out before the end: headers stay unsent (so Content-Encoding can still be set), writes are kept.
    response.flushHeaders = () => {};
    response.writeHead = (status, ...rest) => {
      response.statusCode = status;
      const headers = rest.find((r) => r && typeof r === 'object');
      if (headers) for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
      return response;
    };
  }
  response.write = (chunk, ...rest) => {
    if (chunk) chunks.push(Buffer.from(chunk));
    if (!acceptsGzip) return write(chunk, ...rest);
    const callback = rest.find((r) => typeof r === 'function');
    if (callback) queueMicrotask(callback);
    return true;
  };
  response.end = (chunk, ...rest) => {
    if (chunk && typeof chunk !== 'function') chunks.push(Buffer.from(chunk));
    const headers = response.getHeaders();
    const csp = String(headers['content-security-policy'] ?? '');
    const nonce = NONCE_IN_CSP.exec(csp)?.[1];
    const type = String(headers['content-type'] ?? '');
    const body = Buffer.concat(chunks);
    /** @type {Page | null} */
    let page = null;
    if (
      response.statusCode === 200 &&
      nonce &&
      type.startsWith('text/html') &&
      !headers['set-cookie'] &&
      !headers['content-encoding'] &&
      corpusVersion() === version
    ) {
      if (pages.size >= MAX_ENTRIES) pages.delete(pages.keys().next().value);
      /** @type {Record<string, string | string[]>} */
      const kept = {};
      for (const [name, value] of Object.entries(headers))
        if (value !== undefined) kept[name] = Array.isArray(value) ? value : String(value);
      page = { at: Date.now(), status: 200, headers: kept, body, nonce };
      pages.set(key, page);
    }
    // Node's own end() writes the head through writeHead: the real one again.
    response.writeHead = writeHead;
    response.flushHeaders = flushHeaders;
    let result;
    if (acceptsGzip && !response.headersSent && !headers['content-encoding']) {
      const out = gzipSync(body, { level: 4 });
      response.removeHeader('transfer-encoding');
      response.setHeader('content-encoding', 'gzip');
      response.setHeader('content-length', String(out.length));
      const callback = [chunk, ...rest].find((r) => typeof r === 'function');
      result = callback ? end(out, callback) : end(out);
    } else {
      result = acceptsGzip
        ? end(body.length > 0 ? body : undefined, ...rest.filter((r) => typeof r === 'function'))
        : end(chunk, ...rest);
    }
    settle(page);
    return result;
  };
  return false;
}
