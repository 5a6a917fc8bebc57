import type { EventType } from './types';

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

/** The family a type merges within: every kind of visit is one, a summit and a multilateral meeting are one. */
export function typeFamily(type: EventType): string {
  if (type.endsWith('visit')) return 'visit';
  if (type === 'summit' || type === 'multilateral-meeting') return 'meeting';
  return type;
}
