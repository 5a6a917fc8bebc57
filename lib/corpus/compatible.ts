import { actorById } from '../lang/gazetteer';
import type { EventMention } from '../events/types';
export { moreSpecific, typeFamily, typesCompatible } from '../events/type-families';

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
