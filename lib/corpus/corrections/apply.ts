import { edtfToInterval } from '../interval';
import type { CorpusEvent, EventSource } from '../types';
import type { Correction, CorrectionMark, EventCorrections, OrphanedCorrection } from './types';

/** The sentences an event stands on, `articleId:start`: what a correction is anchored to besides the event's id. */
export function evidenceOf(event: CorpusEvent): string[] {
  return [...new Set(event.sources.map((s) => `${s.articleId}:${s.start}`))];
}

export interface Corrected {
  /** Every event with its corrections applied, hidden ones left out; the others are the merge's own objects. */
  events: CorpusEvent[];
  /** Events an editor hid (not an event), corrected too: listed for editors only. */
  hidden: CorpusEvent[];
  orphans: OrphanedCorrection[];
  /** Each correction in force, by the id of the event it now applies to (for an event's history). */
  applied: Map<string, Correction[]>;
  /** Ids of events an editor merged into another: where each leads now. */
  redirects: Map<string, string>;
}

/**
 * Which corrections are in force: one is, unless a revert that is in force undoes it. Reverts only name earlier
 * corrections, so one pass from the latest back decides it (a revert of a revert brings its target back).
 */
export function inForce(corrections: readonly Correction[]): Correction[] {
  const undone = new Set<string>();
  for (let i = corrections.length - 1; i >= 0; i--) {
    const c = corrections[i]!;
    if (!undone.has(c.id) && c.op.op === 'revert') undone.add(c.op.correction);
  }
  return corrections.filter((c) => !undone.has(c.id) && c.op.op !== 'revert');
}

/**
 * The event a correction applies to now: the one with its id; else the one that holds most of the sentences the
 * corrected event stood on (it was renamed, split or joined by a later merge); none when they are all gone.
 */
function anchorOf(
  c: Correction,
  byId: ReadonlyMap<string, CorpusEvent>,
  bySentence: ReadonlyMap<string, string[]>,
): string | null {
  if (byId.has(c.eventId)) return c.eventId;
  const votes = new Map<string, number>();
  for (const key of c.evidence) for (const id of bySentence.get(key) ?? []) votes.set(id, (votes.get(id) ?? 0) + 1);
  let best: string | null = null;
  for (const [id, n] of votes)
    if (best === null || n > votes.get(best)! || (n === votes.get(best)! && id < best)) best = id;
  return best;
}

function mark(c: Correction): CorrectionMark {
  return { correction: c.id, by: c.editor, at: c.at, reason: c.op.reason };
}

/** One event with its corrections (in the order made; a later value of a field wins). */
function correctEvent(machine: CorpusEvent, corrections: readonly Correction[]): CorpusEvent {
  const event: CorpusEvent = { ...machine };
  const info: EventCorrections = {
    fields: {},
    machine: {},
    confirmed: null,
    hidden: null,
    ...(machine.corrections?.structure ? { structure: machine.corrections.structure } : {}),
  };
  for (const c of corrections) {
    const op = c.op;
    if (op.op === 'confirm') info.confirmed = mark(c);
    else if (op.op === 'hide') info.hidden = mark(c);
    else if (op.op === 'set') {
      info.fields[op.field] = mark(c);
      switch (op.field) {
        case 'when': {
          info.machine.when ??= machine.when;
          info.machine.start ??= machine.start;
          info.machine.end ??= machine.end;
          const days = edtfToInterval(op.value);
          event.when = op.value;
          event.start = days?.start ?? null;
          event.end = days?.end ?? null;
          event.dateConflict = false;
          break;
        }
        case 'type':
          info.machine.type ??= machine.type;
          event.type = op.value;
          break;
        case 'title':
          info.machine.title ??= machine.title;
          event.title = op.value;
          break;
        case 'place':
          if (!('placeId' in info.machine)) info.machine.placeId = machine.placeId;
          event.placeId = op.value;
          break;
        case 'participants': {
          info.machine.participants ??= machine.participants;
          const roles = new Map(machine.participants.map((p) => [p.actorId, p.role]));
          event.participants = op.value.map((actorId) => ({ actorId, role: roles.get(actorId) ?? 'participant' }));
          break;
        }
        case 'status':
          info.machine.status ??= machine.status;
          event.status = op.value;
          break;
      }
    }
  }
  event.corrections = info;
  return event;
}

/**
 * The corpus's events as editors corrected them. Pure: the merge's events and the corrections in, the corrected
 * events out; run after every merge and whenever a correction is made, so that a correction holds through
 * re-parsing and new articles. A correction whose event cannot be found is returned as an orphan, with why.
 */
export function applyCorrections(events: readonly CorpusEvent[], corrections: readonly Correction[]): Corrected {
  const active = inForce(corrections);
  const orphans: OrphanedCorrection[] = [];
  const redirects = new Map<string, string>();
  const applied = new Map<string, Correction[]>();
  // Merges and splits first, in the order made: they change which events there are, and the fields of the events
  // they make are corrected after (a date fixed on an event split off applies to that event).
  const structural = active.filter((c) => c.op.op === 'merge' || c.op.op === 'split' || c.op.op === 'attach');
  const working = structural.length > 0 ? restructure(events, structural, orphans, redirects, applied) : events;
  const fieldOps = active.filter((c) => c.op.op !== 'merge' && c.op.op !== 'split' && c.op.op !== 'attach');
  const targets = anchors(working, fieldOps);
  for (const c of fieldOps) {
    const target = targets.get(c.id) ?? null;
    if (target === null) {
      orphans.push({ correction: c, why: GONE });
      continue;
    }
    applied.set(target, [...(applied.get(target) ?? []), c]);
  }
  const shown: CorpusEvent[] = [];
  const hidden: CorpusEvent[] = [];
  for (const e of working) {
    const mine = (applied.get(e.id) ?? []).filter(
      (c) => c.op.op !== 'merge' && c.op.op !== 'split' && c.op.op !== 'attach',
    );
    const corrected = mine.length > 0 ? correctEvent(e, mine) : e;
    (corrected.corrections?.hidden ? hidden : shown).push(corrected);
  }
  return { events: shown, hidden, orphans, applied, redirects };
}

const GONE =
  'its event is no longer in the corpus, and none of the sentences it stood on is either (the article was removed or changed)';

function structureMark(
  c: Correction,
  op: 'merge' | 'split' | 'attach',
  other: string,
): CorrectionMark & { op: 'merge' | 'split' | 'attach'; other: string } {
  return { ...mark(c), op, other };
}

/** The events after the editors' merges and splits (new objects only for the events they touch). */
function restructure(
  events: readonly CorpusEvent[],
  structural: readonly Correction[],
  orphans: OrphanedCorrection[],
  redirects: Map<string, string>,
  applied: Map<string, Correction[]>,
): CorpusEvent[] {
  let working = [...events];
  const find = (id: string, evidence: readonly string[]): string | null => {
    const byId = new Map(working.map((e) => [e.id, e]));
    if (byId.has(id)) return id;
    if (redirects.has(id) && byId.has(redirects.get(id)!)) return redirects.get(id)!;
    const bySentence = new Map<string, string[]>();
    for (const e of working)
      for (const key of evidenceOf(e)) bySentence.set(key, [...(bySentence.get(key) ?? []), e.id]);
    return anchorOf(
      { id: '', eventId: id, evidence: [...evidence], op: { op: 'confirm', reason: '' }, editor: '', at: '' },
      byId,
      bySentence,
    );
  };
  const note = (
    e: CorpusEvent,
    m: CorrectionMark & { op: 'merge' | 'split' | 'attach'; other: string },
  ): CorpusEvent => {
    const info: EventCorrections = e.corrections ?? { fields: {}, machine: {}, confirmed: null, hidden: null };
    return { ...e, corrections: { ...info, structure: [...(info.structure ?? []), m] } };
  };
  for (const c of structural) {
    const op = c.op;
    const a = find(c.eventId, c.evidence);
    if (a === null) {
      orphans.push({ correction: c, why: GONE });
      continue;
    }
    applied.set(a, [...(applied.get(a) ?? []), c]);
    const event = working.find((e) => e.id === a)!;
    if (op.op === 'merge') {
      const b = find(op.with, op.withEvidence);
      if (b === null) {
        orphans.push({ correction: c, why: `the event it joined (${op.with}) is no longer in the corpus` });
        continue;
      }
      if (b === a) continue; // the merge found them one already
      const other = working.find((e) => e.id === b)!;
      const keys = new Set(event.sources.map((s) => `${s.articleId}:${s.start}`));
      const sources = [...event.sources, ...other.sources.filter((s) => !keys.has(`${s.articleId}:${s.start}`))].sort(
        (x, y) =>
          x.articleDate.localeCompare(y.articleDate) || x.articleId.localeCompare(y.articleId) || x.start - y.start,
      );
      const merged = note({ ...event, sources }, structureMark(c, 'merge', b));
      working = working.flatMap((e) => (e.id === a ? [merged] : e.id === b ? [] : [e]));
      redirects.set(b, a);
      for (const [from, to] of redirects) if (to === b) redirects.set(from, a);
    } else if (op.op === 'attach') {
      if (event.sources.some((s) => s.articleId === op.source.articleId && s.start === op.source.start)) continue;
      const source: EventSource = {
        articleId: op.source.articleId,
        articleDate: op.articleDate,
        language: op.language as EventSource['language'],
        start: op.source.start,
        end: op.source.end,
        quote: op.quote,
        trigger: { start: op.source.start, end: op.source.end },
        status: event.status,
        dateReason: 'attached by an editor',
        timeText: null,
        claim: { when: null, how: 'none' },
        link: { score: 0, reasons: [{ code: 'editor', weight: 0, detail: c.editor }] },
      };
      const sources = [...event.sources, source].sort(
        (x, y) =>
          x.articleDate.localeCompare(y.articleDate) || x.articleId.localeCompare(y.articleId) || x.start - y.start,
      );
      working = working.map((e) =>
        e.id === a ? note({ ...event, sources }, structureMark(c, 'attach', op.source.articleId)) : e,
      );
    } else if (op.op === 'split') {
      const source = event.sources.find((s) => s.articleId === op.source.articleId && s.start === op.source.start);
      if (!source) {
        orphans.push({
          correction: c,
          why: `the sentence it split off (${op.source.articleId} at ${op.source.start}) is no longer one of its event's sources`,
        });
        continue;
      }
      if (event.sources.length < 2) continue; // nothing would be left of the event: it already stands alone
      const when = source.claim.when ?? event.when;
      const days = when ? edtfToInterval(when) : null;
      const id = `${event.id}~${source.articleId}-${source.start}`;
      const split: CorpusEvent = note(
        {
          ...event,
          id,
          when,
          start: days?.start ?? null,
          end: days?.end ?? null,
          status: source.status,
          sources: [source],
          dateClaims: [],
          dateConflict: false,
          corrections: undefined,
        },
        structureMark(c, 'split', event.id),
      );
      const rest = note(
        { ...event, sources: event.sources.filter((s) => s !== source) },
        structureMark(c, 'split', id),
      );
      working = working.flatMap((e) => (e.id === a ? [rest, split] : [e]));
    }
  }
  return working;
}

/** The event each correction (other than a revert) applies to now, by correction id; null when it has none. */
function anchors(events: readonly CorpusEvent[], corrections: readonly Correction[]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  const own = corrections.filter((c) => c.op.op !== 'revert');
  if (own.length === 0) return out;
  const byId = new Map(events.map((e) => [e.id, e]));
  const bySentence = new Map<string, string[]>();
  for (const e of events) for (const key of evidenceOf(e)) bySentence.set(key, [...(bySentence.get(key) ?? []), e.id]);
  for (const c of own) out.set(c.id, anchorOf(c, byId, bySentence));
  return out;
}

/**
 * Every correction ever made to an event, reverted ones and the reverts included, in the order made: its history.
 * `events` are all the corpus's events (hidden ones too), as the merge left them.
 */
export function historyOf(
  eventId: string,
  events: readonly CorpusEvent[],
  corrections: readonly Correction[],
): Array<Correction & { inForce: boolean }> {
  const targets = anchors(events, corrections);
  const byId = new Map(corrections.map((c) => [c.id, c]));
  const eventOf = (c: Correction, depth = 0): string | null => {
    if (c.op.op !== 'revert') return targets.get(c.id) ?? null;
    const target = byId.get(c.op.correction);
    return target && depth < corrections.length ? eventOf(target, depth + 1) : null;
  };
  const active = new Set(inForce(corrections).map((c) => c.id));
  return corrections
    .filter((c) => eventOf(c) === eventId)
    .map((c) => ({ ...c, inForce: c.op.op === 'revert' ? !isUndone(c, corrections) : active.has(c.id) }));
}

/** Is this revert itself undone by a later revert in force? */
function isUndone(c: Correction, corrections: readonly Correction[]): boolean {
  const undone = new Set<string>();
  for (let i = corrections.length - 1; i >= 0; i--) {
    const x = corrections[i]!;
    if (!undone.has(x.id) && x.op.op === 'revert') undone.add(x.op.correction);
  }
  return undone.has(c.id);
}
