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
    throw new DatabaseUnavailable(`cannot reach the PostgreSQL server at DATABASE_URL=${where}: ${(e as Error).message}`);
  }
  const migration = await migrate(db);
  const listeners: Array<import('pg').Client> = [];
  return {
    kind: 'server',
    where,
    db,
    migration,
    async listen(channel, onMessage) {
      // One connection held open for LISTEN; when it drops (a server restart) a new one is made a moment later.
      const connect = async (): Promise<void> => {
        const client = new pg.Client({ connectionString: url });
        client.on('notification', (m) => m.channel === channel && onMessage(m.payload ?? ''));
        client.on('error', () => {
          listeners.splice(listeners.indexOf(client), 1);
          client.end().catch(() => {});
          setTimeout(() => void connect().catch(() => {}), 1000).unref();
        });
        await client.connect();
        await client.query(`listen ${quoteIdent(channel)}`);
        listeners.push(client);
        // Whatever was sent while no one listened is caught up by whoever listens (an empty payload: look again).
        onMessage('');
      };
      await connect();
    },
    async close() {
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
    pglite = await PGlite.create({ ...(dataDir ? { dataDir: path.join(dataDir, 'pg') } : {}), extensions: { pg_trgm } });
  } catch (e) {
    release();
    throw new DatabaseUnavailable(`cannot open the embedded database in ${dataDir ?? '(memory)'}: ${(e as Error).message}`);
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  const migration = await migrate(db);
  return {
    kind: 'embedded',
    where: dataDir ?? '(memory)',
    db,
    migration,
    async listen(channel, onMessage) {
      await pglite.listen(channel, onMessage);
    },
    async close() {
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
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new DatabaseUnavailable(`cannot lock the embedded database in ${dir}: ${(e as Error).message}`);
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
