import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { LATEST_SCHEMA, migrate, type MigrationReport } from './migrate';
import type { Database } from './schema';

/** Where the corpus is kept: PostgreSQL embedded in this process (PGlite), or a PostgreSQL server. */
export interface CorpusDatabase {
  kind: 'embedded' | 'server';
  /** For messages and /api/health: the data folder, or the URL without its password. */
  where: string;
  db: Kysely<Database>;
  migration: MigrationReport;
  /** Calls `onMessage` with each payload sent to `channel` (by this process or any other); resolves once listening. */
  listen(channel: string, onMessage: (payload: string) => void): Promise<void>;
  /**
   * False while the server is known to be away: the listening connection dropped and cannot be made again (tried
   * every second until it can). Always true for the embedded database, which is in this process.
   */
  readonly reachable: boolean;
  close(): Promise<void>;
}

export class DatabaseUnavailable extends Error {}

/** `postgres://user:secret@host/db` → `postgres://user:***@host/db`: a URL fit for a log line. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(DATABASE_URL is not a valid URL)';
  }
}

export interface OpenOptions {
  /** A PostgreSQL server (DATABASE_URL); absent: the embedded database in `dataDir`. */
  url?: string | null;
  /** The embedded database's folder; null: in memory (tests). */
  dataDir?: string | null;
}

/** Opens the database and brings its schema up to date; throws DatabaseUnavailable with a readable reason. */
export async function openDatabase(options: OpenOptions): Promise<CorpusDatabase> {
  return options.url ? openServer(options.url) : openEmbedded(options.dataDir ?? null);
}

async function openServer(url: string): Promise<CorpusDatabase> {
  const { default: pg } = await import('pg');
  const where = redactUrl(url);
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  // An idle client that loses its server (a restart) must not take the process down: the pool makes a new one.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await sql`select 1`.execute(db);
  } catch (e) {
    await db.destroy().catch(() => {});
    throw new DatabaseUnavailable(
      `cannot reach the PostgreSQL server at DATABASE_URL=${where}: ${(e as Error).message}`,
    );
  }
  const migration = await migrate(db);
  const listeners: Array<import('pg').Client> = [];
  let closed = false;
  /** Listening connections that dropped and are not made again yet. */
  let lost = 0;
  return {
    kind: 'server',
    where,
    db,
    migration,
    get reachable() {
      return lost === 0;
    },
    async listen(channel, onMessage) {
      // One connection held open for LISTEN; when it drops (a server restart) a new one is made a second later,
      // and again every second until the server is back.
      const connect = async (): Promise<void> => {
        const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
        client.on('notification', (m) => m.channel === channel && onMessage(m.payload ?? ''));
        let dropped = false;
        const drop = () => {
          if (dropped) return;
          dropped = true;
          const i = listeners.indexOf(client);
          if (i >= 0) listeners.splice(i, 1);
          client.end().catch(() => {});
          if (closed) return;
          lost++;
          const retry = () =>
            setTimeout(() => {
              if (closed) return;
              connect().then(
                () => void lost--,
                () => retry(),
              );
            }, 1000).unref();
          retry();
        };
        // Until it is listening, a failure is the caller's to handle (it tries again, or the start fails).
        const early = () => {};
        client.on('error', early);
        try {
          await client.connect();
          await client.query(`listen ${quoteIdent(channel)}`);
        } catch (e) {
          client.end().catch(() => {});
          throw e;
        }
        client.off('error', early);
        client.on('error', drop);
        client.on('end', drop);
        listeners.push(client);
        // Whatever was sent while no one listened is caught up by whoever listens (an empty payload: look again).
        onMessage('');
      };
      await connect();
    },
    async close() {
      closed = true;
      await Promise.all(listeners.map((c) => c.end().catch(() => {})));
      await db.destroy();
    },
  };
}

async function openEmbedded(dataDir: string | null): Promise<CorpusDatabase> {
  const [{ PGlite }, { pg_trgm }, { PGliteDialect }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('kysely-pglite-dialect'),
  ]);
  const release = dataDir ? lockDataDir(dataDir) : () => {};
  let pglite: InstanceType<typeof PGlite>;
  try {
    pglite = await PGlite.create({
      ...(dataDir ? { dataDir: path.join(dataDir, 'pg') } : {}),
      extensions: { pg_trgm },
    });
  } catch (e) {
    release();
    throw new DatabaseUnavailable(
      `cannot open the embedded database in ${dataDir ?? '(memory)'}: ${(e as Error).message}`,
    );
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  const migration = await migrate(db);
  return {
    kind: 'embedded',
    where: dataDir ?? '(memory)',
    db,
    migration,
    reachable: true,
    async listen(channel, onMessage) {
      // PGlite has one session, and Kysely's dialect takes turns on it per connection: LISTEN sent straight to
      // PGlite could land inside another caller's open transaction (a publish under way), where PGlite spins.
      // Holding a Kysely connection meanwhile makes it take its turn like any query.
      await db.connection().execute(() => pglite.listen(channel, onMessage));
    },
    async close() {
      // Close on the session's turn, after any transaction under way (a publish a closing store left running):
      // PGlite closed inside another caller's open transaction spins forever, as LISTEN did.
      await db
        .connection()
        .execute(async () => {})
        .catch(() => {});
      await db.destroy().catch(() => {});
      release();
    },
  };
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * The embedded database serves one process: a second one opening the same folder would corrupt it. A lock file
 * holds the owner's pid; one left by a process that is gone is taken over.
 */
function lockDataDir(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'jylnama.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        rmSync(file, { force: true });
      };
      process.once('exit', release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST')
        throw new DatabaseUnavailable(`cannot lock the embedded database in ${dir}: ${(e as Error).message}`);
      const owner = Number(readFileSync(file, 'utf8').trim());
      if (owner && alive(owner)) {
        throw new DatabaseUnavailable(
          `the embedded database in ${dir} is in use by process ${owner}; the embedded store serves one process. ` +
            'Stop that process, give this one another JYLNAMA_DATA_DIR, or share a PostgreSQL server (DATABASE_URL).',
        );
      }
      rmSync(file, { force: true });
    }
  }
  throw new DatabaseUnavailable(`cannot lock the embedded database in ${dir}`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export { LATEST_SCHEMA };
