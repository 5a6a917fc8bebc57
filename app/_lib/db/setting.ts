import path from 'node:path';

/**
 * The database: a PostgreSQL server when DATABASE_URL is set, else the embedded one (PGlite) in
 * `$JYLNAMA_DATA_DIR` (default `.jylnama/data`); `JYLNAMA_DATA_DIR=off` without DATABASE_URL: none (the corpus
 * is this process's alone, cached on disk as before).
 */
export function databaseSetting(): { url: string } | { dataDir: string } | null {
  const url = process.env.DATABASE_URL?.trim();
  if (url) return { url };
  const dataDir = process.env.JYLNAMA_DATA_DIR?.trim();
  if (dataDir === 'off') return null;
  return {
    dataDir: path.resolve(
      /*turbopackIgnore: true*/ dataDir || path.join(/*turbopackIgnore: true*/ process.cwd(), '.jylnama', 'data'),
    ),
  };
}
