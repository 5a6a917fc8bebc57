// Gold events for the one-corpus evaluation (`npm run eval:events`), read from two formats into one shape:
// - keyed folders, the format of events-dev (`NN.txt` + `NN.json` with `events[].key`, one claim per article);
// - fixture folders (`lib/events/fixtures/<set>/`: articles + one `expected.json` of merged events with evidence).
// Every article gets a corpus-wide unique file name (`<set>--<name>`), so that all sets load into one corpus.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { SourceFile } from '../../lib/corpus/build-corpus';

export interface GoldSpan {
  start: number;
  end: number;
}

/** What one article says about one real event. */
export interface GoldClaim {
  fileName: string;
  articleDate: string;
  when: string | null;
  status: 'announced' | 'reported';
  evidence: GoldSpan;
}

/** One real event, merged over every article that tells of it. */
export interface GoldEvent {
  key: string;
  type: string;
  /** The set it was annotated in (`events-dev`, `fixtures/ru`, …), for per-set figures. */
  set: string;
  language: string;
  claims: GoldClaim[];
  /** Set where the format states the merged value (fixtures); otherwise derived from the claims. */
  merged?: { when: string | null; status: 'announced' | 'reported' };
}

export interface GoldSet {
  name: string;
  files: SourceFile[];
  events: GoldEvent[];
  /** Articles per language, for the header of the report. */
  languages: Record<string, number>;
}

interface KeyedJson {
  file: string;
  language: string;
  script?: string;
  date: string;
  events: Array<{ key: string; type: string; when: string | null; status: 'announced' | 'reported'; evidence: string }>;
}

interface FixtureJson {
  events: Array<{ type: string; when: string | null; status: 'announced' | 'reported'; evidence: string[] }>;
}

const unique = (set: string, fileName: string) => `${set.replace(/[^\w-]+/g, '-')}--${fileName}`;

function spanOf(text: string, evidence: string, where: string): GoldSpan {
  const at = text.indexOf(evidence);
  if (at < 0) throw new Error(`${where}: the evidence «${evidence}» is not in the article text`);
  return { start: at, end: at + evidence.length };
}

function fileDate(text: string): string {
  return /^\s*date\s+(\d{4}-\d{2}-\d{2})/.exec(text)?.[1] ?? '0000-00-00';
}

/** A folder in the events-dev format: every `*.json` names its article and lists that article's claims. */
export function loadKeyedFolder(dir: string, name = path.basename(dir)): GoldSet {
  const files: SourceFile[] = [];
  const byKey = new Map<string, GoldEvent>();
  const languages: Record<string, number> = {};
  for (const json of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(path.join(dir, json), 'utf8')) as KeyedJson;
    if (!gold.file || !Array.isArray(gold.events)) continue;
    const textPath = path.resolve(dir, gold.file);
    const bytes = new Uint8Array(readFileSync(textPath));
    const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
    const fileName = unique(name, path.basename(gold.file));
    files.push({ fileName, bytes });
    const lang = gold.language === 'kk' && gold.script === 'Latn' ? 'kk-Latn' : gold.language;
    languages[lang] = (languages[lang] ?? 0) + 1;
    for (const e of gold.events) {
      let event = byKey.get(e.key);
      if (!event) byKey.set(e.key, (event = { key: e.key, type: e.type, set: name, language: lang, claims: [] }));
      event.claims.push({ fileName, articleDate: gold.date ?? fileDate(text), when: e.when, status: e.status, evidence: spanOf(text, e.evidence, json) });
    }
  }
  return { name, files, events: [...byKey.values()], languages };
}

/** A fixture folder: its articles, and merged events whose evidence strings are found in them. */
export function loadFixtureFolder(dir: string, name: string): GoldSet {
  const names = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();
  const texts = names.map((n) => ({ name: n, bytes: new Uint8Array(readFileSync(path.join(dir, n))) }));
  const decoded = texts.map((t) => ({ ...t, text: new TextDecoder().decode(t.bytes), fileName: unique(name, t.name) }));
  const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as FixtureJson;
  const language = path.basename(dir);
  const events: GoldEvent[] = expected.events.map((e, i) => {
    const claims: GoldClaim[] = [];
    for (const evidence of e.evidence) {
      const article = decoded.find((d) => d.text.includes(evidence));
      if (!article) throw new Error(`${name}/expected.json: the evidence «${evidence}» is in none of its articles`);
      // One claim per article: a second evidence string in the same article adds nothing to merging.
      if (claims.some((c) => c.fileName === article.fileName)) continue;
      claims.push({ fileName: article.fileName, articleDate: fileDate(article.text), when: e.when, status: e.status, evidence: spanOf(article.text, evidence, name) });
    }
    return { key: `${name}#${i + 1}`, type: e.type, set: name, language, claims, merged: { when: e.when, status: e.status } };
  });
  return { name, files: decoded.map((d) => ({ fileName: d.fileName, bytes: d.bytes })), events, languages: { [language]: names.length } };
}

/** Every fixture folder under `root` (`lib/events/fixtures`), as sets named `fixtures/<folder>`. */
export function loadFixtures(root: string): GoldSet[] {
  return readdirSync(root)
    .filter((n) => statSync(path.join(root, n)).isDirectory() && existsSync(path.join(root, n, 'expected.json')))
    .sort()
    .map((n) => loadFixtureFolder(path.join(root, n), `fixtures/${n}`));
}

/**
 * Keys that name one real event in several sets (the Putin state visit of November 2024 is in the fixtures and in
 * events-dev): `[["events-dev:kz-ru-state-visit-2024-11", "fixtures/ru#1"], …]`. Keys are made corpus-wide by
 * prefixing their set; these groups then share one key, so that one served event for all of them is right.
 */
export function applySameEvents(sets: GoldSet[], groups: string[][]): GoldEvent[] {
  const canonical = new Map<string, string>();
  for (const group of groups) for (const k of group) canonical.set(k, group[0]!);
  const merged = new Map<string, GoldEvent>();
  for (const set of sets) {
    for (const e of set.events) {
      const own = e.key.includes('#') ? e.key : `${set.name}:${e.key}`;
      const key = canonical.get(own) ?? own;
      const had = merged.get(key);
      if (!had) merged.set(key, { ...e, key, claims: [...e.claims] });
      else {
        had.claims.push(...e.claims);
        // A fixture's stated merge holds only for its own articles: with claims from elsewhere, derive it.
        if (had.merged && e !== had) delete had.merged;
      }
    }
  }
  return [...merged.values()];
}
