// For the store's tests: every test file runs against the embedded database (always) and a PostgreSQL server when
// one is there (DATABASE_URL, else 127.0.0.1:5432 as on this project's machines), each test file in a database of
// its own that is dropped afterwards.
import { afterAll, beforeAll } from 'vitest';
import { openDatabase, type CorpusDatabase } from './open';
import { adminQuery, SERVER_BASE_URL, serverReachable } from '@/scripts/e2e-databases.mjs';

export interface DatabaseUnderTest {
  name: 'embedded' | 'server';
  /** A fresh, empty database: its URL (null: the embedded one, in memory), and how to throw it away. */
  fresh(): Promise<{ url: string | null; drop(): Promise<void> }>;
}

const SERVER_URL = SERVER_BASE_URL;

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

let counter = 0;

export async function databasesUnderTest(): Promise<DatabaseUnderTest[]> {
  const list: DatabaseUnderTest[] = [{ name: 'embedded', fresh: async () => ({ url: null, drop: async () => {} }) }];
  if (await serverReachable(SERVER_URL)) {
    list.push({
      name: 'server',
      async fresh() {
        const name = `jylnama_test_${process.pid}_${Date.now().toString(36)}_${counter++}`;
        await adminQuery(SERVER_URL, `create database ${name}`);
        return {
          url: withDatabase(SERVER_URL, name),
          drop: () => adminQuery(SERVER_URL, `drop database if exists ${name} with (force)`),
        };
      },
    });
  } else if (process.env.CI) {
    console.warn('[jylnama] no PostgreSQL server reachable: the store tests run on the embedded database only');
  }
  return list;
}

/** For a describe block: a fresh database of `target`, opened before its tests (migrated) and dropped after them. */
export function freshDatabaseFor(target: DatabaseUnderTest): () => CorpusDatabase {
  let open: CorpusDatabase | null = null;
  let drop: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const f = await target.fresh();
    drop = f.drop;
    open = await openDatabase({ url: f.url, dataDir: null });
  }, 60_000);
  afterAll(async () => {
    await open?.close();
    await drop();
  });
  return () => open!;
}
