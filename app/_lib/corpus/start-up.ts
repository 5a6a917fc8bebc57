import 'server-only';
import { corpusDatabase, corpusStore } from './';

/**
 * When `next start` boots (instrumentation.ts): the database is opened and migrated before the first request, and
 * a server that cannot reach it says why and stops (exit 1) instead of answering with errors.
 */
export async function startUp(): Promise<void> {
  const opened = corpusDatabase();
  if (!opened) return;
  try {
    const database = await opened;
    const m = database.migration;
    console.log(
      `[jylnama] ${database.kind === 'server' ? 'PostgreSQL server' : 'embedded PostgreSQL'} at ${database.where}, schema ${m.to}${m.applied.length > 0 ? ` (applied: ${m.applied.join(', ')})` : ''}`,
    );
    // The corpus, from the database or the folder, is made ready now rather than at the first request.
    void corpusStore()
      .get()
      .catch((e: Error) => console.error(`[jylnama] ${e.message}`));
  } catch (e) {
    console.error(`[jylnama] ${(e as Error).message}`);
    process.exit(1);
  }
}
