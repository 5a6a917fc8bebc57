import type { EventType } from '../events/types';

/**
 * A readable, stable id: `2025-11-14-state-visit-kz-uz`, `2025-11-16-summit-central-asia-consultative-meeting`,
 * `undated-informal-visit-kz-uz`. It is made only from what the event is (date, type, body or countries or
 * place), so adding unrelated articles or reading them in another order leaves it unchanged.
 */
export function baseEventId(start: string | null, type: EventType, key: string): string {
  const slug = key
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return [start ?? 'undated', type, slug || 'event'].join('-');
}

/**
 * Two different events with the same base id (two briefings in Astana on one day) are told apart by a suffix
 * taken from their earliest source, which does not depend on which article was read first.
 */
export function disambiguate(items: Array<{ base: string; earliestSource: string }>): string[] {
  const byBase = new Map<string, string[]>();
  for (const it of items) byBase.set(it.base, [...(byBase.get(it.base) ?? []), it.earliestSource]);
  return items.map((it) => {
    const sources = (byBase.get(it.base) ?? []).sort();
    const rank = sources.indexOf(it.earliestSource);
    return rank <= 0 ? it.base : `${it.base}-${rank + 1}`;
  });
}
