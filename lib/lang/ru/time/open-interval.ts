import { foldRu } from '../pattern';

const SINCE = new Set(['с', 'со', 'c', 'от']);
const UNTIL = new Set(['до', 'по', 'вплоть до', 'не позднее', 'не позже', 'к']);

/**
 * A date after `с` (since) is the start of an open interval, after `до`/`по` (until) its end: `с 2011 года` is
 * `2011/..`, `до 2020 года` is `../2020`. Other prepositions (`в`, `на`) leave the value as it is.
 */
export function openInterval(value: string, preposition: string | undefined): string {
  if (!preposition || value.includes('/')) return value;
  const p = foldRu(preposition).replace(/\s+/g, ' ');
  if (SINCE.has(p)) return `${value}/..`;
  if (UNTIL.has(p)) return `../${value}`;
  return value;
}
