import { describe, expect, it } from 'vitest';
import { EMPTY_VIEW } from '@/app/_lib/view/view-state';
import { covers, localDay, windowParams, windowRequest } from './window-request';
import { parseEventsQuery } from '@/app/_lib/api/events-params';

const day = (iso: string, h = 0) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, h);
};

describe('the window the timeline loads', () => {
  it('is the visible window and half its width again on each side, in whole local days', () => {
    const r = windowRequest(day('2025-11-10'), day('2025-11-20'), EMPTY_VIEW);
    expect(r).toEqual({ from: '2025-11-05', to: '2025-11-25', filters: '' });
    expect(localDay(day('2025-01-02', 23))).toBe('2025-01-02');
  });

  it("carries the view's filters and search but not its window, selection or lanes", () => {
    const view = {
      ...EMPTY_VIEW,
      from: '2025-01-01',
      to: '2025-02-01',
      event: 'x',
      types: ['summit' as const],
      countries: ['uz'],
      q: 'Ташкент',
      lanes: 'country' as const,
    };
    const r = windowRequest(day('2025-11-10'), day('2025-11-20'), view);
    const params = new URLSearchParams(r.filters);
    expect([...params.keys()].sort()).toEqual(['country', 'q', 'type']);
    expect(params.get('q')).toBe('Ташкент');
  });

  it('is answered by what was loaded for a wider window with the same filters only', () => {
    const loaded = windowRequest(day('2025-11-10'), day('2025-11-20'), EMPTY_VIEW);
    expect(covers(loaded, day('2025-11-12'), day('2025-11-18'), '')).toBe(true);
    expect(covers(loaded, day('2025-11-01'), day('2025-11-18'), '')).toBe(false);
    expect(covers(loaded, day('2025-11-12'), day('2025-11-18'), 'type=summit')).toBe(false);
  });

  it("makes a query the API accepts, asking for the timeline's shape", () => {
    const view = {
      ...EMPTY_VIEW,
      types: ['state-visit' as const, 'official-visit' as const],
      persons: ['tokayev'],
      q: 'визит',
    };
    const params = windowParams(windowRequest(day('2025-11-10'), day('2025-11-20'), view), 'kk', 300);
    const parsed = parseEventsQuery(params);
    if ('error' in parsed) throw new Error(parsed.error);
    expect(parsed.query).toMatchObject({
      from: '2025-11-05',
      to: '2025-11-25',
      shape: 'timeline',
      limit: 300,
      persons: ['tokayev'],
      q: 'визит',
    });
  });
});
