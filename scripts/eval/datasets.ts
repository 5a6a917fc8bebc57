import path from 'node:path';

// The public datasets the extractors are measured on are not part of the repository (see docs/evaluation.md, "Where
// the extractor datasets come from"): they sit in `datasets/` at its root (ignored by git; a link to a shared copy
// is enough) or wherever $JYLNAMA_DATASETS says.

/** The folder that holds kaznerd/, tempeval3/, nerel/ and events-dev/. */
export function datasetsDir(root: string): string {
  const env = process.env.JYLNAMA_DATASETS;
  return env ? path.resolve(env) : path.join(root, 'datasets');
}

/** The annotated news articles of events-dev: $JYLNAMA_EVENTS_DEV, else `events-dev/` in the datasets folder. */
export function eventsDevDir(root: string): string {
  return process.env.JYLNAMA_EVENTS_DEV ?? path.join(datasetsDir(root), 'events-dev');
}
