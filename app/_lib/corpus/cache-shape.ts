import type { Corpus } from '@/lib/corpus/types';
import type { FileAnalysis } from '@/lib/corpus/build-corpus';

/**
 * What the disk cache hands back is checked before it is used: an entry that parses as JSON but has another shape
 * (written by another version, edited, truncated into valid JSON) would otherwise fail every page that reads it.
 * The checks cover what the app reads without looking twice; a failed check says where.
 */
type Check = (value: unknown, where: string) => string | null;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const str: Check = (v, where) => (typeof v === 'string' ? null : `${where} is not a string`);
const strOrNull: Check = (v, where) =>
  v === null || typeof v === 'string' ? null : `${where} is not a string or null`;
const num: Check = (v, where) => (typeof v === 'number' && Number.isFinite(v) ? null : `${where} is not a number`);
const bool: Check = (v, where) => (typeof v === 'boolean' ? null : `${where} is not true or false`);

function shape(fields: Record<string, Check>): Check {
  return (v, where) => {
    if (!isObject(v)) return `${where} is not an object`;
    for (const [name, check] of Object.entries(fields)) {
      const problem = check(v[name], `${where}.${name}`);
      if (problem) return problem;
    }
    return null;
  };
}

function list(item: Check): Check {
  return (v, where) => {
    if (!Array.isArray(v)) return `${where} is not a list`;
    for (let i = 0; i < v.length; i++) {
      const problem = item(v[i], `${where}[${i}]`);
      if (problem) return problem;
    }
    return null;
  };
}

const span = shape({ start: num, end: num });
const failure = shape({ id: str, fileName: str, reason: str });
const article = shape({
  id: str,
  fileName: str,
  date: str,
  title: str,
  titleSpan: span,
  body: span,
  language: str,
  script: str,
  text: str,
  sentences: list(span),
  problems: list(str),
});
const mention = shape({
  articleId: str,
  sentence: span,
  trigger: span,
  type: str,
  when: shape({ source: str }),
  participants: list(shape({ actorId: str, role: str })),
  placeId: strOrNull,
  status: str,
  rule: str,
});
const analysed = shape({
  article,
  times: list(shape({ start: num, end: num, text: str, rule: str })),
  events: list(mention),
});

const fileAnalysis: Check = (v, where) => {
  if (!isObject(v)) return `${where} is not an object`;
  if (v.ok === true) return analysed(v.analysed, `${where}.analysed`);
  if (v.ok === false) return failure(v.failure, `${where}.failure`);
  return `${where}.ok is neither true nor false`;
};

const source = shape({
  articleId: str,
  articleDate: str,
  language: str,
  start: num,
  end: num,
  quote: str,
  trigger: span,
  status: str,
  dateReason: str,
});
const event = shape({
  id: str,
  type: str,
  title: shape({ kk: str, ru: str, en: str }),
  start: strOrNull,
  end: strOrNull,
  when: strOrNull,
  status: str,
  placeId: strOrNull,
  participants: list(shape({ actorId: str, role: str })),
  parent: strOrNull,
  sources: list(source),
  dateClaims: list(shape({ when: str })),
  dateConflict: bool,
});
const corpus = shape({ articles: list(analysed), failures: list(failure), events: list(event) });

/** Why `value` is not a cached file analysis, or null when it is one. */
export function fileAnalysisProblem(value: unknown): string | null {
  return fileAnalysis(value, 'entry');
}

export function isFileAnalysis(value: unknown): value is FileAnalysis {
  return fileAnalysisProblem(value) === null;
}

/** Why `value` is not a cached corpus snapshot, or null when it is one. */
export function corpusProblem(value: unknown): string | null {
  return corpus(value, 'corpus');
}

export function isCorpus(value: unknown): value is Corpus {
  return corpusProblem(value) === null;
}
