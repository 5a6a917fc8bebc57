import 'server-only';
import { timingSafeEqual } from 'node:crypto';
import { cookies, headers } from 'next/headers';
import { corpusDatabase } from '@/app/_lib/corpus';
import { EditorsRepository, type EditorSession } from '@/app/_lib/db/editors-repository';
import { clientAddress } from '@/app/_lib/security/client';
import { editorThrottle } from '@/app/_lib/security/throttle';
import { publicOrigin } from '@/app/_lib/security/origin';
import { editorsFromEnv } from './editors-env';
import { verifySecret } from './secret';

export const SESSION_COOKIE = 'jylnama_session';
/** A working day and a bit: a briefing morning is not interrupted by a sign-in. */
const SESSION_MS = 12 * 60 * 60 * 1000;

const holder = globalThis as unknown as { __jylnamaEditors?: Promise<EditorsRepository | null> };

/** The editors in the database (null without one); the operator's JYLNAMA_EDITORS are put there first, once. */
export function editorsRepository(): Promise<EditorsRepository | null> {
  holder.__jylnamaEditors ??= (async () => {
    const opened = corpusDatabase();
    if (!opened) return null;
    const repo = new EditorsRepository((await opened).db);
    const { editors, problems } = editorsFromEnv(process.env.JYLNAMA_EDITORS);
    for (const p of problems) console.warn(`[jylnama] ${p}`);
    for (const e of editors) await repo.put(e.name, e.hash);
    return repo;
  })().catch((e: Error) => {
    holder.__jylnamaEditors = undefined;
    throw e;
  });
  return holder.__jylnamaEditors;
}

/** The signed-in editor of this request, or null (no cookie, an ended session, no database). */
export async function currentEditor(): Promise<EditorSession | null> {
  const id = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!id || id.length > 100) return null;
  const repo = await editorsRepository().catch(() => null);
  return repo ? repo.session(id) : null;
}

export type SignIn = { ok: true; editor: string } | { ok: false; error: string };

/**
 * Checks a name and secret and, when they match, starts a session: an HttpOnly, SameSite=Strict cookie, Secure when
 * the app is served over HTTPS. Failures are throttled per client address, as wrong editor tokens are.
 */
export async function signIn(name: string, secret: string): Promise<SignIn> {
  const h = await headers();
  const client = clientAddress(h);
  const throttle = editorThrottle();
  const wait = throttle.retryAfter(client);
  if (wait > 0) return { ok: false, error: `Too many failed attempts; try again in ${wait} s.` };
  const repo = await editorsRepository();
  if (!repo)
    return {
      ok: false,
      error: 'Editors are kept in the database, and this server has none (JYLNAMA_DATA_DIR=off without DATABASE_URL).',
    };
  const hash = name.length <= 40 ? await repo.secretHash(name) : null;
  // A name that does not exist costs the same as a wrong secret: the answer does not say which names exist.
  const ok = hash !== null ? await verifySecret(secret, hash) : (await verifySecret(secret, DUMMY_HASH), false);
  if (!ok) {
    throttle.failed(client, 'editor sign-in refused');
    return { ok: false, error: 'That name and secret do not match an editor.' };
  }
  const session = await repo.startSession(name, SESSION_MS);
  (await cookies()).set(SESSION_COOKIE, session.id, {
    httpOnly: true,
    sameSite: 'strict',
    secure: (await publicOrigin()).startsWith('https:'),
    path: '/',
    expires: session.expiresAt,
  });
  return { ok: true, editor: name };
}

export async function signOut(): Promise<void> {
  const jar = await cookies();
  const id = jar.get(SESSION_COOKIE)?.value;
  if (id) await (await editorsRepository())?.endSession(id);
  jar.delete(SESSION_COOKIE);
}

/** Is `given` this session's CSRF token? Compared in constant time. */
export function csrfMatches(session: EditorSession, given: unknown): boolean {
  if (typeof given !== 'string' || given.length !== session.csrf.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(session.csrf));
}

// A hash of a secret nobody has, checked when the name is unknown (scrypt's cost either way).
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
