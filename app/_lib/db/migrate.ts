import { sql, type Kysely } from 'kysely';
import { MIGRATIONS, type Migration } from './migrations';
import type { Database } from './schema';

/** Any number, the same in every process: the lock that lets one process at a time change the schema. */
const MIGRATION_LOCK = 5_821_004;

export interface MigrationReport {
  from: number;
  to: number;
  applied: string[];
}

/** The version the database is at (0: empty). */
export async function schemaVersion(db: Kysely<Database>): Promise<number> {
  const exists = await sql<{ t: string | null }>`select to_regclass('schema_migrations')::text as t`.execute(db);
  if (!exists.rows[0]?.t) return 0;
  const row = await sql<{ v: number | null }>`select max(version) as v from schema_migrations`.execute(db);
  return Number(row.rows[0]?.v ?? 0);
}

/**
 * Brings the schema up to `target` (default: the latest), one step per transaction. Two servers starting at once
 * take turns on an advisory lock; the second finds the work done.
 */
export async function migrate(
  db: Kysely<Database>,
  migrations: readonly Migration[] = MIGRATIONS,
  target = Infinity,
): Promise<MigrationReport> {
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK})`.execute(conn);
    try {
      await sql`create table if not exists schema_migrations (version integer primary key, name text not null, applied_at timestamptz not null default now())`.execute(
        conn,
      );
      const from = await schemaVersion(conn);
      const applied: string[] = [];
      for (const step of migrations) {
        if (step.version <= from || step.version > target) continue;
        await conn.transaction().execute(async (tx) => {
          for (const statement of step.statements) await sql.raw(statement).execute(tx);
          await sql`insert into schema_migrations (version, name) values (${step.version}, ${step.name})`.execute(tx);
        });
        applied.push(`${step.version} ${step.name}`);
      }
      return { from, to: await schemaVersion(conn), applied };
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK})`.execute(conn);
    }
  });
}

/** The latest version this code knows. */
export const LATEST_SCHEMA = Math.max(...MIGRATIONS.map((m) => m.version));
