import { createHash, randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema';

export interface EditorSession {
  editor: string;
  csrf: string;
  expiresAt: Date;
}

const idHash = (id: string) => createHash('sha256').update(id).digest('hex');

/** Editors and their sessions. Secrets arrive hashed (secret.ts); a session id is kept only as its hash. */
export class EditorsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Adds an editor; false when the name is taken. */
  async add(name: string, secretHash: string): Promise<boolean> {
    const r = await this.db
      .insertInto('editors')
      .values({ name, secret_hash: secretHash })
      .onConflict((oc) => oc.column('name').doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  /** Adds or replaces (a new secret signs every session of the old one out). */
  async put(name: string, secretHash: string): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      const old = await tx.selectFrom('editors').select('secret_hash').where('name', '=', name).executeTakeFirst();
      if (old?.secret_hash === secretHash) return;
      await tx
        .insertInto('editors')
        .values({ name, secret_hash: secretHash })
        .onConflict((oc) => oc.column('name').doUpdateSet({ secret_hash: secretHash }))
        .execute();
      await tx.deleteFrom('editor_sessions').where('editor', '=', name).execute();
    });
  }

  async remove(name: string): Promise<boolean> {
    const r = await this.db.deleteFrom('editors').where('name', '=', name).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  async list(): Promise<Array<{ name: string; createdAt: Date }>> {
    const rows = await this.db.selectFrom('editors').select(['name', 'created_at']).orderBy('name').execute();
    return rows.map((r) => ({ name: r.name, createdAt: new Date(r.created_at) }));
  }

  async secretHash(name: string): Promise<string | null> {
    return (
      (await this.db.selectFrom('editors').select('secret_hash').where('name', '=', name).executeTakeFirst())
        ?.secret_hash ?? null
    );
  }

  /** A new session: its id (for the cookie, never stored as is) and its CSRF token. Expired sessions are swept. */
  async startSession(editor: string, ttlMs: number): Promise<{ id: string; csrf: string; expiresAt: Date }> {
    const id = randomBytes(32).toString('base64url');
    const csrf = randomBytes(24).toString('base64url');
    const expiresAt = new Date(Date.now() + ttlMs);
    await this.db
      .deleteFrom('editor_sessions')
      .where('expires_at', '<', sql<Date>`now()`)
      .execute();
    await this.db
      .insertInto('editor_sessions')
      .values({ id_hash: idHash(id), editor, csrf, expires_at: expiresAt })
      .execute();
    return { id, csrf, expiresAt };
  }

  /** The session with this id, if it has not ended (and its editor still exists). */
  async session(id: string): Promise<EditorSession | null> {
    const row = await this.db
      .selectFrom('editor_sessions')
      .select(['editor', 'csrf', 'expires_at'])
      .where('id_hash', '=', idHash(id))
      .where('expires_at', '>', sql<Date>`now()`)
      .executeTakeFirst();
    return row ? { editor: row.editor, csrf: row.csrf, expiresAt: new Date(row.expires_at) } : null;
  }

  async endSession(id: string): Promise<void> {
    await this.db.deleteFrom('editor_sessions').where('id_hash', '=', idHash(id)).execute();
  }
}
