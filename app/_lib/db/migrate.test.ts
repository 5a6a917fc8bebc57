import { sql } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MIGRATIONS } from './migrations';
import { migrate, schemaVersion, LATEST_SCHEMA } from './migrate';
import { openDatabase, type CorpusDatabase } from './open';
import { databasesUnderTest } from './test-databases';

const targets = await databasesUnderTest();
// An embedded PostgreSQL (WebAssembly) is opened and migrated per database, on two cores shared with the other
// test files: seconds, not the default five.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

describe.each(targets)('migrations on the $name database', (target) => {
  let open: CorpusDatabase | null = null;
  let drop: () => Promise<void> = async () => {};
  afterEach(async () => {
    await open?.close();
    open = null;
    await drop();
  });

  async function fresh(): Promise<CorpusDatabase> {
    const f = await target.fresh();
    drop = f.drop;
    open = await openDatabase({ url: f.url, dataDir: null });
    return open;
  }

  it('runs every step on an empty database, by itself on open, and a second run does nothing', async () => {
    const { db, migration } = await fresh();
    expect(migration.from).toBe(0);
    expect(migration.to).toBe(LATEST_SCHEMA);
    expect(migration.applied).toHaveLength(MIGRATIONS.length);
    expect(await migrate(db)).toEqual({ from: LATEST_SCHEMA, to: LATEST_SCHEMA, applied: [] });
    const tables = await sql<{
      n: string;
    }>`select table_name as n from information_schema.tables where table_schema = 'public' order by 1`.execute(db);
    expect(tables.rows.map((r) => r.n)).toEqual([
      'articles',
      'corpus_state',
      'corrections',
      'editor_sessions',
      'editors',
      'event_sources',
      'events',
      'parsed_files',
      'schema_migrations',
    ]);
  });

  it('brings a database at the previous version up to date, keeping what it held', async () => {
    const { db } = await fresh();
    // Back to an empty schema, then up to the version before the latest, with data in it.
    await sql`drop schema public cascade`.execute(db);
    await sql`create schema public`.execute(db);
    expect(await schemaVersion(db)).toBe(0);
    await migrate(db, MIGRATIONS, LATEST_SCHEMA - 1);
    expect(await schemaVersion(db)).toBe(LATEST_SCHEMA - 1);
    await sql`insert into parsed_files (key, parser_version, analysis) values ('k', 'p', '{"ok":true}')`.execute(db);
    const report = await migrate(db);
    expect(report).toMatchObject({ from: LATEST_SCHEMA - 1, to: LATEST_SCHEMA });
    expect((await sql<{ key: string }>`select key from parsed_files`.execute(db)).rows).toEqual([{ key: 'k' }]);
  });

  it('a step that fails leaves the schema as it was, and says which step', async () => {
    const { db } = await fresh();
    const broken = [
      ...MIGRATIONS,
      {
        version: LATEST_SCHEMA + 1,
        name: 'broken',
        statements: ['create table half_made (id integer)', 'select no_such_function()'],
      },
    ];
    await expect(migrate(db, broken)).rejects.toThrow(/no_such_function/);
    expect(await schemaVersion(db)).toBe(LATEST_SCHEMA);
    const half = await sql<{ t: string | null }>`select to_regclass('half_made')::text as t`.execute(db);
    expect(half.rows[0]?.t).toBeNull();
  });
});
