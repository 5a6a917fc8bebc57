import { NextResponse, type NextRequest } from 'next/server';
import { LOCALE_HEADER } from '@/app/_lib/locale-header';
import { NONCE_HEADER, ancestorsFor, commonSecurityHeaders, newNonce, pageCsp } from '@/app/_lib/security/headers';

/**
 * Runs before every page (route handlers under /api/ set their own headers, see app/_lib/security/api-route.ts):
 * - copies `?lang=` into a request header so that the root layout can set `<html lang>` and not-found pages can
 *   speak the chosen language (layouts get no search params). The value is validated where it is read; a client
 *   cannot smuggle its own header in, because it is always overwritten here;
 * - makes a nonce for the request and sets the Content-Security-Policy with it (Next.js reads the nonce from the
 *   request's CSP header and puts it on its own scripts; the layout puts it on its one inline script), plus
 *   nosniff, Referrer-Policy and `frame-ancestors` (`'self'`; on /embed, JYLNAMA_FRAME_ANCESTORS).
 * Static files under /_next/ get the same fixed headers from next.config.ts.
 */
export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const csp = pageCsp(nonce, { dev: process.env.NODE_ENV !== 'production', ancestors: ancestorsFor(request.nextUrl.pathname) });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(LOCALE_HEADER, request.nextUrl.searchParams.get('lang') ?? '');
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set('Content-Security-Policy', csp);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  for (const [name, value] of Object.entries(commonSecurityHeaders())) response.headers.set(name, value);
  return response;
}

export const config = {
  // /api/ sets its own headers (app/_lib/security/api-route.ts).
  matcher: ['/((?!_next/static|_next/image|api/).*)'],
};
