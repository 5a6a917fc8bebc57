/**
 * `record[key]` for a key that comes from outside (a query, a word of an article): only the record's own entries,
 * never what its prototype has (`toString`, `constructor`, `__proto__`).
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
