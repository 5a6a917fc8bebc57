import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { scoreSpans, type ScoredSpan, type SpanScores } from '../../lib/eval/span-metrics';
import { EN_LANGUAGE } from '../../lib/lang/en/time/language';
import { tagSentence } from '../../lib/time/tag-times';
import { toTimex } from '../../lib/time/timex';
import type { TimeMention } from '../../lib/time/types';
import { formatReport } from './report';

/** A TIMEX3 of a TimeML document, with offsets into the document's text stripped of tags. */
export interface TimemlTimex extends ScoredSpan {
  text: string;
  tid: string;
  type: string;
  value: string;
}

export interface TimemlDocument {
  id: string;
  /** The content of `<TEXT>`, tags removed and entities decoded. */
  text: string;
  /** The document creation time (`YYYY-MM-DD`), the reference for relative expressions; not scored. */
  dct: string;
  timexes: TimemlTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of tag.matchAll(/([\w:-]+)\s*=\s*"([^"]*)"/g)) out[a[1] ?? ''] = decodeEntities(a[2] ?? '');
  return out;
}

/** Read a TimeML document: the stripped `<TEXT>`, its TIMEX3 spans, and the DCT. */
export function readTimeml(xml: string, id: string): TimemlDocument {
  const dctTag = /<TIMEX3\b[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml)?.[0] ?? '';
  const dct = (attributes(dctTag).value ?? '').slice(0, 10);
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const timexes: TimemlTimex[] = [];
  let open: { start: number; attrs: Record<string, string> } | null = null;
  for (const piece of body.split(/(<[^>]*>)/)) {
    if (!piece.startsWith('<')) {
      text += decodeEntities(piece);
      continue;
    }
    if (/^<TIMEX3\b/.test(piece)) open = { start: text.length, attrs: attributes(piece) };
    else if (piece === '</TIMEX3>' && open) {
      const { tid = '', type = '', value = '' } = open.attrs;
      timexes.push({ start: open.start, end: text.length, text: text.slice(open.start, text.length), tid, type, value });
      open = null;
    }
  }
  return { id, text, dct, timexes };
}

/** The text with TIMEX3 tags inline, as a TimeML document that other tools can score. */
export function writeTimeml(doc: TimemlDocument, timexes: readonly TimemlTimex[]): string {
  let body = '';
  let at = 0;
  for (const t of [...timexes].sort((a, b) => a.start - b.start)) {
    body += escapeXml(doc.text.slice(at, t.start));
    body += `<TIMEX3 tid="${t.tid}" type="${t.type}" value="${escapeXml(t.value)}">${escapeXml(doc.text.slice(t.start, t.end))}</TIMEX3>`;
    at = t.end;
  }
  body += escapeXml(doc.text.slice(at));
  return [
    '<?xml version="1.0" ?>',
    '<TimeML>',
    `<DOCID>${escapeXml(doc.id)}</DOCID>`,
    `<DCT><TIMEX3 tid="t0" type="DATE" value="${doc.dct}" temporalFunction="false" functionInDocument="CREATION_TIME">${doc.dct}</TIMEX3></DCT>`,
    `<TEXT>${body}</TEXT>`,
    '</TimeML>',
    '',
  ].join('\n');
}

// Between the two ends of a joined range: `from 1990 to 1995`, `Nov. 30 - Dec. 2`, `between 1985 and 1987`.
const RANGE_JOIN = /^(?<lead>(?:from|between)\s+)?(?<first>.+?)(?<gap>\s*(?:[-–—]|\bto\b|\bthrough\b|\buntil\b|\btill\b|\band\b)\s*)(?<second>.+)$/i;

/**
 * The TIMEX3s of one mention. TimeML marks the two ends of a range as two TIMEX3s, while the tagger joins them into
 * one range (`from 1990 to 1995` is `1990/1995`); a range the tagger joined is written back as its ends, each with
 * its own value from the EDTF interval.
 */
export function timexesOf(m: TimeMention): Array<Omit<TimemlTimex, 'tid'>> {
  const joined = m.rule.endsWith('+range') && m.value?.includes('/') ? RANGE_JOIN.exec(m.text) : null;
  const [from, to] = joined ? (m.value ?? '').split('/') : [];
  if (!joined?.groups || !from || !to) return [whole(m)];
  const g = joined.groups;
  const firstStart = m.start + (g.lead?.length ?? 0);
  const secondStart = firstStart + (g.first?.length ?? 0) + (g.gap?.length ?? 0);
  const part = (start: number, text: string, value: string) => ({ start, end: start + text.length, text, ...toTimex({ ...m, value, kind: 'date', timex: undefined }) });
  return [part(firstStart, g.first ?? '', from), part(secondStart, g.second ?? '', to)];
}

/** A mention as one TIMEX3; its fields written out, which the bench found faster than spreading `toTimex`'s. */
function whole(m: TimeMention): Omit<TimemlTimex, 'tid'> {
  const { type, value } = toTimex(m);
  return { start: m.start, end: m.end, text: m.text, type, value };
}

/**
 * The tagger's TIMEX3s for a document, the DCT as reference date. The whole text goes in as one unit: the English
 * grammar finds each date's own sentence for tense, and a segmenter would break `Sept. 30` after the abbreviation.
 */
export function tagDocument(doc: TimemlDocument): TimemlTimex[] {
  const out: TimemlTimex[] = [];
  for (const m of tagSentence(doc.text, { start: 0, end: doc.text.length }, doc.dct, EN_LANGUAGE)) {
    for (const t of timexesOf(m)) out.push({ start: t.start, end: t.end, text: t.text, type: t.type, value: t.value, tid: `t${out.length + 1}` });
  }
  return out;
}

async function tmlFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.tml'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

const TYPES = ['DATE', 'TIME', 'DURATION', 'SET'] as const;

/** TempEval-3 Task A on a folder of .tml files: strict and relaxed spans, value accuracy and F1, per type and overall. */
export async function evaluateTempeval(folder: string, outDir: string | null): Promise<string> {
  const gold: TimemlTimex[][] = [];
  const predicted: TimemlTimex[][] = [];
  if (outDir) await mkdir(outDir, { recursive: true });
  for (const file of await tmlFiles(folder)) {
    const doc = readTimeml(await readFile(file, 'utf8'), path.basename(file, '.tml'));
    const found = tagDocument(doc);
    gold.push(doc.timexes);
    predicted.push(found);
    if (outDir) await writeFile(path.join(outDir, `${doc.id}.tml`), writeTimeml(doc, found));
  }
  const byType: Array<[string, SpanScores]> = TYPES.map((t) => [t, scoreSpans(gold, predicted, { type: t, scoreValues: true })]);
  const overall = scoreSpans(gold, predicted, { scoreValues: true });
  byType.push(['overall', overall]);
  return formatReport('tempeval', folder, byType, overall);
}
