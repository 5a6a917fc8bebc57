import { createHash, timingSafeEqual } from 'node:crypto';

/** Writing is on only when the operator set JYLNAMA_EDITOR_TOKEN (at least 12 characters). */
export function editorToken(): string | null {
  const t = process.env.JYLNAMA_EDITOR_TOKEN?.trim() ?? '';
  return t.length >= 12 ? t : null;
}

export type EditorCheck = { ok: true } | { ok: false; status: 401 | 403; error: string };

/** `Authorization: Bearer <token>`, compared in constant time. */
export function checkEditor(request: Request): EditorCheck {
  const expected = editorToken();
  if (expected === null) {
    return { ok: false, status: 403, error: 'Adding articles is turned off on this server: the operator must set JYLNAMA_EDITOR_TOKEN (12 characters or more) and restart it.' };
  }
  const given = /^Bearer (.+)$/.exec(request.headers.get('authorization') ?? '')?.[1]?.trim();
  if (!given) return { ok: false, status: 401, error: 'An editor token is required: send it as "Authorization: Bearer <token>".' };
  const digest = (s: string) => createHash('sha256').update(s).digest();
  if (!timingSafeEqual(digest(given), digest(expected))) return { ok: false, status: 403, error: 'The editor token is not valid.' };
  return { ok: true };
}
