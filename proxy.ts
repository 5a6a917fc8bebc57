import { NextResponse, type NextRequest } from 'next/server';
import { LOCALE_HEADER } from '@/app/_lib/locale-header';

/**
 * Copies `?lang=` into a request header so that the root layout can set `<html lang>` and not-found pages can
 * speak the chosen language (layouts get no search params). The value is validated where it is read; a client
 * cannot smuggle its own header in, because it is always overwritten here.
 */
export function proxy(request: NextRequest) {
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(LOCALE_HEADER, request.nextUrl.searchParams.get('lang') ?? '');
  return NextResponse.next({ request: { headers: requestHeaders } });
}

export const config = {
  matcher: ['/((?!_next/|api/|favicon.ico).*)'],
};
