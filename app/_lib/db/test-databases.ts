// For the store's tests: every test file runs against the embedded database (always) and a PostgreSQL server when
// one is there (DATABASE_URL, else 127.0.0.1:5432 as on this project's machines), each test file in a database of
// its own that is dropped afterwards.
import pg from 'pg';

export interface DatabaseUnderTest {
  name: 'embedded' | 'server';
  /** A fresh, empty database: its URL (null: the embedded one, in memory), and how to throw it away. */
  fresh(): Promise<{ url: string | null; drop(): Promise<void> }>;
}

const SERVER_URL = process.env.DATABASE_URL || 'postgres://root@127.0.0.1:5432/postgres';

async function serverReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: SERVER_URL, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

let counter = 0;

export async function databasesUnderTest(): Promise<DatabaseUnderTest[]> {
  const list: DatabaseUnderTest[] = [{ name: 'embedded', fresh: async () => ({ url: null, drop: async () => {} }) }];
  if (await serverReachable()) {
    list.push({
      name: 'server',
      async fresh() {
        const name = `jylnama_test_${process.pid}_${Date.now().toString(36)}_${counter++}`;
        const admin = new pg.Client({ connectionString: SERVER_URL });
        await admin.connect();
        await admin.query(`create database ${name}`);
        await admin.end();
        return {
          url: withDatabase(SERVER_URL, name),
          async drop() {
            const c = new pg.Client({ connectionString: SERVER_URL });
            await c.connect();
            await c.query(`drop database if exists ${name} with (force)`);
            await c.end();
          },
        };
      },
    });
  } else if (process.env.CI) {
    console.warn('[jylnama] no PostgreSQL server reachable: the store tests run on the embedded database only');
  }
  return list;
}
