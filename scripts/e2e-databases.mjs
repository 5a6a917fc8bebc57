// The browser suite runs twice (scripts/e2e.mjs): on the embedded database, then on a PostgreSQL server when one
// is reachable (DATABASE_URL, else 127.0.0.1:5432 as on this project's machines). For the second run each e2e
// server gets a database of its own, made empty before the run; the names are per checkout.
import { createHash } from 'node:crypto';
import pg from 'pg';

export const SERVER_BASE_URL = process.env.DATABASE_URL || 'postgres://root@127.0.0.1:5432/postgres';

/** @param {string} base @param {string} name @param {string} root */
export function e2eDatabaseUrl(base, name, root) {
  const url = new URL(base);
  url.pathname = `/jylnama_e2e_${name}_${createHash('sha1').update(root).digest('hex').slice(0, 8)}`;
  return url.toString();
}

/** @param {string} base */
export async function serverReachable(base = SERVER_BASE_URL) {
  const client = new pg.Client({ connectionString: base, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** One statement on the server's maintenance connection (create or drop a database). @param {string} base @param {string} statement */
export async function adminQuery(base, statement) {
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Drops and makes again the databases of these e2e servers. @param {string} base @param {string[]} names @param {string} root */
export async function freshE2eDatabases(base, names, root) {
  for (const name of names) {
    const db = new URL(e2eDatabaseUrl(base, name, root)).pathname.slice(1);
    await adminQuery(base, `drop database if exists ${db} with (force)`);
    await adminQuery(base, `create database ${db}`);
  }
}
