import { sql } from 'kysely';
import type { CorpusStore } from '@/app/_lib/corpus/store';
import { LATEST_SCHEMA, schemaVersion } from './migrate';
import type { CorpusDatabase } from './open';

export interface Health {
  status: 'ok' | 'unavailable';
  database: {
    kind: 'embedded' | 'server';
    where: string;
    reachable: boolean;
    schema: number | null;
    latestSchema: number;
    error: string | null;
  } | null;
  corpus: {
    served: boolean;
    version: number;
    databaseVersion: number;
    mergedAt: string | null;
    mergedHere: boolean;
    articles: number;
    failures: number;
    events: number;
    readsFolder: boolean;
  };
}

const TIMEOUT_MS = 2000;

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref()),
  ]);
}

/**
 * For a load balancer: ok when the database answers and its schema is this code's, and a corpus is served.
 * Does not wait for a corpus that is still being built (the first answer says `served: false`).
 */
export async function healthOf(store: CorpusStore, opened: Promise<CorpusDatabase> | null): Promise<Health> {
  const served = store.servedState;
  const corpus = {
    served: served !== null,
    version: served?.version ?? 0,
    databaseVersion: served?.databaseVersion ?? 0,
    mergedAt: served?.mergedAt?.toISOString() ?? null,
    mergedHere: served?.mergedHere ?? false,
    articles: served?.articles ?? 0,
    failures: served?.failures ?? 0,
    events: served?.events ?? 0,
    readsFolder: store.readsFolder,
  };
  if (!opened) return { status: served ? 'ok' : 'unavailable', database: null, corpus };
  let database: CorpusDatabase;
  try {
    database = await within(opened, TIMEOUT_MS);
  } catch (e) {
    return {
      status: 'unavailable',
      database: {
        kind: process.env.DATABASE_URL ? 'server' : 'embedded',
        where: '',
        reachable: false,
        schema: null,
        latestSchema: LATEST_SCHEMA,
        error: (e as Error).message,
      },
      corpus,
    };
  }
  const report = {
    kind: database.kind,
    where: database.where,
    reachable: false,
    schema: null as number | null,
    latestSchema: LATEST_SCHEMA,
    error: null as string | null,
  };
  if (database.kind === 'embedded') {
    // In this process: open means reachable, and its schema is what opening it migrated to. A query would wait
    // behind a corpus being written on its one connection, and a load balancer would take a busy server for a dead one.
    report.reachable = true;
    report.schema = database.migration.to;
  } else
    try {
      await within(sql`select 1`.execute(database.db), TIMEOUT_MS);
      report.reachable = true;
      report.schema = await within(schemaVersion(database.db), TIMEOUT_MS);
    } catch (e) {
      report.error = (e as Error).message;
    }
  // The last write of this server's corpus that failed (it is being retried), when the check itself went through.
  report.error ??= store.databaseError;
  const ok = report.reachable && report.schema === LATEST_SCHEMA && served !== null;
  return { status: ok ? 'ok' : 'unavailable', database: report, corpus };
}
