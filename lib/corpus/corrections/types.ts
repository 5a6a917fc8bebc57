import type { EventStatus, EventType } from '../../events/types';
import type { UiLocale } from '../types';

/** The fields of an event an editor can set. */
export const CORRECTABLE_FIELDS = ['when', 'type', 'title', 'place', 'participants', 'status'] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

/** What an editor asked for, checked (validate.ts): values are the app's own (EDTF, ids), not the words typed. */
export type CorrectionOp =
  | { op: 'set'; field: 'when'; value: string; reason: string }
  | { op: 'set'; field: 'type'; value: EventType; reason: string }
  | { op: 'set'; field: 'title'; value: Record<UiLocale, string>; reason: string }
  | { op: 'set'; field: 'place'; value: string | null; reason: string }
  | { op: 'set'; field: 'participants'; value: string[]; reason: string }
  | { op: 'set'; field: 'status'; value: EventStatus; reason: string }
  | { op: 'confirm'; reason: string }
  | { op: 'hide'; reason: string }
  | { op: 'revert'; correction: string; reason: string }
  /** Two events are one: `with` (and the sentences it stood on) joins this one, and its id leads here. */
  | { op: 'merge'; with: string; withEvidence: string[]; reason: string }
  /** A sentence an editor selected in an article tells of this event: it joins the event's sources. */
  | {
      op: 'attach';
      source: { articleId: string; start: number; end: number };
      quote: string;
      articleDate: string;
      language: string;
      reason: string;
    }
  /** One source of this event is another event: it leaves, as an event of its own. */
  | { op: 'split'; source: { articleId: string; start: number; end: number }; reason: string };

/**
 * One correction, as kept: an operation against a stable anchor. The event id may change when articles are added
 * or re-parsed (a merge splits or joins events); the sentences the event stood on when it was corrected do not,
 * so the correction follows them (apply.ts). Never edited once written: a change of mind is a revert.
 */
export interface Correction {
  id: string;
  /** The event as it was called when corrected. */
  eventId: string;
  /** Its sentences then, `articleId:start`. */
  evidence: string[];
  op: CorrectionOp;
  /** Who (an editor's name, or `token` for a script with the editor token). */
  editor: string;
  /** When, ISO 8601 with time. */
  at: string;
}

/** Who changed a field, when and why: shown next to the field, and in the API. */
export interface CorrectionMark {
  correction: string;
  by: string;
  at: string;
  reason: string;
}

/** What the corrections did to one event: the machine's values of the fields they changed, and who changed them. */
export interface EventCorrections {
  fields: Partial<Record<CorrectableField, CorrectionMark>>;
  /** The machine's values of the corrected fields, as the merge left them. */
  machine: {
    when?: string | null;
    start?: string | null;
    end?: string | null;
    type?: EventType;
    title?: Record<UiLocale, string>;
    placeId?: string | null;
    participants?: Array<{ actorId: string; role: string }>;
    status?: EventStatus;
  };
  confirmed: CorrectionMark | null;
  hidden: CorrectionMark | null;
  /** Events an editor joined into this one, or this one split off from: with whom, by whom, when and why. */
  structure?: Array<CorrectionMark & { op: 'merge' | 'split' | 'attach'; other: string }>;
}

/** A correction whose event is gone (its article removed, its sentences changed): listed for review, not dropped. */
export interface OrphanedCorrection {
  correction: Correction;
  why: string;
}
