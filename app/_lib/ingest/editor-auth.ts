import { createHash, timingSafeEqual } from 'node:crypto';
import { clientAddress } from '@/app/_lib/security/client';
import { editorThrottle } from '@/app/_lib/security/throttle';

/** Writing is on only when the operator set JYLNAMA_EDITOR_TOKEN (at least 12 characters). */
export function editorToken(): string | null {
  const t = process.env.JYLNAMA_EDITOR_TOKEN?.trim() ?? '';
  return t.length >= 12 ? t : null;
}

export type EditorCheck = { ok: true } | { ok: false; status: 401 | 403 | 429; error: string; retryAfter?: number };

/** The token of `Authorization: Bearer <token>` (the scheme in any case, as RFC 7235 has it). */
export function bearerToken(headers: Headers): string | undefined {
  return /^bearer\s+(.+)$/i.exec(headers.get('authorization') ?? '')?.[1]?.trim() || undefined;
}

/**
 * Is `given` the editor token? Compared in constant time. A client that failed too often lately is refused (429)
 * before its token is even compared; every failure is counted and logged by address, never with the token.
 */
export function checkEditorToken(given: string | undefined, headers: Headers, where: string): EditorCheck {
  const expected = editorToken();
  if (expected === null) {
    return {
      ok: false,
      status: 403,
      error:
        'Writing with the editor token (adding articles, corrections from scripts) is turned off on this server: the operator must set JYLNAMA_EDITOR_TOKEN (12 characters or more) and restart it.',
    };
  }
  const client = clientAddress(headers);
  const throttle = editorThrottle();
  const wait = throttle.retryAfter(client);
  if (wait > 0)
    return { ok: false, status: 429, error: `Too many failed attempts; try again in ${wait} s.`, retryAfter: wait };
  if (!given) {
    throttle.failed(client, `editor token missing on ${where}`);
    return {
      ok: false,
      status: 401,
      error: 'An editor token is required: send it as "Authorization: Bearer <token>".',
    };
  }
  const digest = (s: string) => createHash('sha256').update(s).digest();
  if (!timingSafeEqual(digest(given), digest(expected))) {
    throttle.failed(client, `editor token refused on ${where}`);
    return { ok: false, status: 403, error: 'The editor token is not valid.' };
  }
  return { ok: true };
}

/** `Authorization: Bearer <token>` of an API request. */
export function checkEditor(request: Request): EditorCheck {
  return checkEditorToken(
    bearerToken(request.headers),
    request.headers,
    `${request.method} ${new URL(request.url).pathname}`,
  );
}
