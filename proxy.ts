import { NextResponse, type NextRequest } from 'next/server';
import { LOCALE_HEADER } from '@/app/_lib/view/locale-header';
import {
  NONCE_HEADER,
  ancestorsFor,
  apiCsp,
  commonSecurityHeaders,
  newNonce,
  pageCsp,
} from '@/app/_lib/security/headers';

/** What a page answers to; anything else (TRACE, PUT, DELETE …) is a 405. */
const PAGE_METHODS = ['GET', 'HEAD', 'POST'];

/**
 * Runs before every page (route handlers under /api/ set their own headers, see app/_lib/security/api-route.ts):
 * - refuses what no page answers: a method other than GET, HEAD and POST (405), and an address whose
 *   percent-encoding is malformed (`/articles/%ZZ`: 400, where Next would fail with a bare 500), with the same
 *   security headers as every other response;
 * - copies `?lang=` into a request header so that the root layout can set `<html lang>` and not-found pages can
 *   speak the chosen language (layouts get no search params). The value is validated where it is read; a client
 *   cannot smuggle its own header in, because it is always overwritten here;
 * - makes a nonce for the request and sets the Content-Security-Policy with it (Next.js reads the nonce from the
 *   request's CSP header and puts it on its own scripts; the layout puts it on its one inline script), plus
 *   nosniff, Referrer-Policy and `frame-ancestors` (`'self'`; on /embed, JYLNAMA_FRAME_ANCESTORS).
 * Of /api/, only the routes with an id in the path come through here, for the address check alone.
 * Static files under /_next/ get the same fixed headers from next.config.ts.
 */
export function proxy(request: NextRequest) {
  const api = request.nextUrl.pathname.startsWith('/api/');
  if (!wellEncoded(request.nextUrl.pathname)) return refuse(api, 400, 'The address has a malformed percent-encoding.');
  if (api) return NextResponse.next();
  if (!PAGE_METHODS.includes(request.method)) {
    return refuse(false, 405, `${request.method} is not allowed here; pages answer ${PAGE_METHODS.join(', ')}.`, {
      Allow: PAGE_METHODS.join(', '),
    });
  }

  const nonce = newNonce();
  const csp = pageCsp(nonce, {
    dev: process.env.NODE_ENV !== 'production',
    ancestors: ancestorsFor(request.nextUrl.pathname),
  });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(LOCALE_HEADER, request.nextUrl.searchParams.get('lang') ?? '');
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set('Content-Security-Policy', csp);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  for (const [name, value] of Object.entries(commonSecurityHeaders())) response.headers.set(name, value);
  return response;
}

function wellEncoded(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** A short error answer with every security header: JSON under /api/, plain text elsewhere. */
function refuse(api: boolean, status: number, message: string, extra: Record<string, string> = {}): NextResponse {
  const response = api
    ? NextResponse.json({ error: message }, { status })
    : new NextResponse(`${message}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  response.headers.set('Content-Security-Policy', apiCsp());
  for (const [name, value] of Object.entries({ ...commonSecurityHeaders(), ...extra }))
    response.headers.set(name, value);
  return response;
}

export const config = {
  // /api/ sets its own headers (app/_lib/security/api-route.ts); its routes with an id come here for the address check.
  matcher: ['/((?!_next/static|_next/image|api/).*)', '/api/articles/:id+'],
};
