import type { EventType } from './types';

/** Events that host others: a talk, session or statement "during" one of these belongs to it. */
export const CONTAINER_TYPES: ReadonlySet<EventType> = new Set([
  'state-visit',
  'official-visit',
  'working-visit',
  'informal-visit',
  'visit',
  'summit',
  'multilateral-meeting',
  'forum',
]);

/** Events that happen as part of a visit or summit, and so may have one as their parent. */
export const PART_TYPES: ReadonlySet<EventType> = new Set([
  'talks',
  'council-session',
  'joint-statement',
  'declaration',
  'agreement-signing',
  'briefing',
  'press-statement',
]);
