// While the database server is away, this app server answers 503 with a short readable page (or JSON under /api/),
// in front of Next: what it holds may be behind what the other servers have published meanwhile, and a load balancer
// that sees 503 sends readers to a server that can answer. The page reloads itself every few seconds, so a reader
// who keeps it open sees the timeline again once the database is back. `/api/health` still answers (it says why),
// and Next's static files are still served (they do not depend on the corpus).

const RETRY_SECONDS = 5;

/** Served with the same headers a page has: no script, no framing, nothing from elsewhere. */
const HEADERS = {
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Cache-Control': 'no-store',
  'Retry-After': String(RETRY_SECONDS),
};

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_SECONDS}">
<title>Jylnama: the chronicle is briefly unavailable</title>
<style>body{font:1.125rem/1.6 system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1c1917}h1{font-size:1.5rem}p{margin:.5rem 0}</style>
</head>
<body>
<main>
<h1>The chronicle is briefly unavailable</h1>
<p>This server cannot reach its database. Nothing is lost: this page tries again every ${RETRY_SECONDS} seconds and shows the timeline as soon as the database is back.</p>
<p lang="kk">Шежіре уақытша қолжетімсіз: сервер дерекқорға қосыла алмай тұр. Бет әр ${RETRY_SECONDS} секунд сайын қайта жүктеледі.</p>
<p lang="ru">Хроника временно недоступна: сервер не может связаться с базой данных. Страница обновляется каждые ${RETRY_SECONDS} секунд.</p>
</main>
</body>
</html>
`;

function databaseDown() {
  return (
    /** @type {{ __jylnamaStore?: { databaseDown?: boolean } }} */ (globalThis).__jylnamaStore?.databaseDown === true
  );
}

/**
 * Answers the request with 503 when the database is away and the request needs the corpus; false otherwise (Next
 * answers it).
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
export function serveDatabaseOutage(request, response) {
  if (!databaseDown()) return false;
  const path = (request.url ?? '/').split('?')[0] ?? '/';
  if (path === '/api/health' || path.startsWith('/_next/static/') || path === '/favicon.ico') return false;
  if (path.startsWith('/api/')) {
    response.writeHead(503, { ...HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify({ error: 'The database cannot be reached; try again in a few seconds.' }));
  } else {
    response.writeHead(503, { ...HEADERS, 'Content-Type': 'text/html; charset=utf-8' });
    response.end(request.method === 'HEAD' ? undefined : PAGE);
  }
  return true;
}
