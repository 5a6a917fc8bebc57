import type { EventType } from '@/lib/events/types';

/** The type colours of globals.css, for drawings that cannot read CSS (preview cards). Keep the two in step. */
export const TYPE_COLOURS: Record<EventType, string> = {
  'state-visit': '#1d4ed8',
  'official-visit': '#2563eb',
  'working-visit': '#0e7490',
  'informal-visit': '#7c3aed',
  visit: '#4338ca',
  talks: '#15803d',
  summit: '#b91c1c',
  'multilateral-meeting': '#be123c',
  'council-session': '#a16207',
  briefing: '#c2410c',
  'press-statement': '#9a3412',
  'joint-statement': '#0f766e',
  declaration: '#115e59',
  'agreement-signing': '#4d7c0f',
  'phone-call': '#6d28d9',
  interview: '#9d174d',
  forum: '#854d0e',
  other: '#475569',
};
