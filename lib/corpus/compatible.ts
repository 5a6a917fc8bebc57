import { actorById } from '../lang/gazetteer';
import type { EventMention, EventType } from '../events/types';

/** Type families: a plain "visit" may be any kind of visit; a summit and a multilateral meeting are one family. */
export function typesCompatible(a: EventType, b: EventType): boolean {
  if (a === b) return true;
  const visit = (t: EventType) => t.endsWith('visit');
  if (visit(a) && visit(b)) return a === 'visit' || b === 'visit';
  const meeting = (t: EventType) => t === 'summit' || t === 'multilateral-meeting';
  return meeting(a) && meeting(b);
}

/** The more specific of two compatible types (`state-visit` over `visit`). */
export function moreSpecific(a: EventType, b: EventType): EventType {
  return a === 'visit' ? b : a;
}

/** Countries an event involves: its actors' countries, for matching mentions that name different people. */
export function countriesOf(m: Pick<EventMention, 'participants'>): Set<string> {
  const out = new Set<string>();
  for (const p of m.participants) {
    const c = actorById(p.actorId)?.country;
    if (c) out.add(c);
  }
  return out;
}

export function actorIdsOf(m: Pick<EventMention, 'participants'>): Set<string> {
  return new Set(m.participants.map((p) => p.actorId));
}

export function intersects<T>(a: Set<T>, b: Set<T>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}
