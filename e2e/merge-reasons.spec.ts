import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures';

// The merge says why each source sentence is under its event (issue 10): in the panel, on the event page, and in
// /api/events, for readers and for programs.

interface Reason {
  code: string;
  weight: number;
  detail?: string;
  text: string;
}
interface Source {
  articleId: string;
  start: number;
  end: number;
  quote: string;
  trigger: { start: number; end: number };
  claim: { when: string | null; how: 'stated' | 'inherited' | 'none' };
  link: { score: number; reasons: Reason[] };
}
interface Event {
  id: string;
  type: string;
  title: string;
  dateClaims: Array<{ when: string; statuses: string[]; articleIds: string[] }>;
  dateConflict: boolean;
  sources: Source[];
}

async function events(request: APIRequestContext): Promise<Event[]> {
  return (await (await request.get('/api/events?lang=en')).json()) as Event[];
}

test.describe('why a source is under an event', () => {
  test('/api/events gives each source its own date claim, its trigger, and the weighted reasons it was joined', async ({
    request,
  }) => {
    const all = await events(request);
    const visit = all.find((e) => e.type === 'state-visit')!;
    expect(visit.sources.length).toBeGreaterThan(1);
    const [first, ...rest] = visit.sources.filter(
      (s, i, xs) => xs.findIndex((x) => x.articleId === s.articleId && x.start === s.start) === i,
    );
    for (const s of visit.sources) {
      expect(s.trigger.start).toBeGreaterThanOrEqual(s.start);
      expect(s.trigger.end).toBeLessThanOrEqual(s.end);
      expect(['stated', 'inherited', 'none']).toContain(s.claim.how);
    }
    // Every source but the one the event began with says what it shared with the event, and each reason has words.
    const joined = [first!, ...rest].filter((s) => s.link.reasons.every((r) => r.code !== 'first'));
    expect(joined.length).toBeGreaterThan(0);
    for (const s of joined) {
      expect(s.link.score).toBeGreaterThan(0);
      expect(
        s.link.reasons.some((r) =>
          [
            'same-counterpart',
            'same-counterpart-country',
            'same-place',
            'same-host',
            'same-article',
            'same-occurrence',
          ].includes(r.code),
        ),
      ).toBe(true);
      for (const r of s.link.reasons) expect(r.text.length).toBeGreaterThan(3);
    }
    // The dates the sources give: the announcement stated 14–15 November; the report in Tashkent is that visit.
    expect(visit.sources.some((s) => s.claim.when === '2025-11-14/2025-11-15' && s.claim.how === 'stated')).toBe(true);
    expect(visit.dateConflict).toBe(false);
  });

  test('the event page shows, per source, the date it gives and why it is there, in the reader’s language', async ({
    page,
    request,
  }) => {
    const visit = (await events(request)).find((e) => e.type === 'state-visit')!;
    await page.goto(`/events/${visit.id}?lang=en`);
    const why = page.getByTestId('why-joined');
    await expect(why.first()).toBeVisible();
    await expect(page.getByTestId('why-date').first()).toContainText(/The date comes from “.+” in this sentence/);
    // The report filed in Tashkent joined the visit by its city and days, not by the President alone.
    await expect(
      page.getByTestId('source').filter({ hasText: 'Осы сапарымның' }).getByTestId('why-joined'),
    ).toContainText(/the same city: Tashkent|the same host country: Uzbekistan/);
    await page.goto(`/events/${visit.id}?lang=ru`);
    await expect(page.getByTestId('why-joined').first()).toContainText('Почему источник здесь');
  });
});
