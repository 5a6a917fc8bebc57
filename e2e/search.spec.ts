import AxeBuilder from '@axe-core/playwright';
import { apiEvents, eventOfType, type ApiEvent } from './corpus-api';
import { expect, test } from './fixtures';

interface Ranked {
  total: number;
  events: (ApiEvent & { match: { reason: string; score: number } })[];
}

const TIERS = ['name', 'prefix', 'title', 'text'];
/** Among equal matches: the newer first, then by id (as the app orders them). */
const newestFirst = (a: ApiEvent, b: ApiEvent) =>
  a.start === b.start ? (a.id < b.id ? -1 : 1) : a.start! < b.start! ? 1 : -1;

async function search(request: import('@playwright/test').APIRequestContext, q: string): Promise<Ranked> {
  const res = await request.get(`/api/events?lang=en&q=${encodeURIComponent(q)}`);
  expect(res.status(), q).toBe(200);
  return (await res.json()) as Ranked;
}

test.describe('search: the API ranks', () => {
  test('names in any spelling, types and words each find their events, best match first, then newest first', async ({
    request,
  }) => {
    const all = await apiEvents(request);
    const dated = (ids: string[]) =>
      all
        .filter((e) => ids.includes(e.id) && e.start !== null)
        .map((e) => e.id)
        .sort();
    const of = (pred: (e: ApiEvent) => boolean) => dated(all.filter(pred).map((e) => e.id));
    const tokayev = of((e) => e.participants.some((p) => p.id === 'tokayev'));
    const azerbaijan = of((e) => e.participants.some((p) => p.id === 'az' || p.country === 'az'));
    const expected: Record<string, string[]> = {
      Tokayev: tokayev,
      Токаев: tokayev,
      Тоқаев: tokayev,
      Toqaev: tokayev,
      Azerbaijan: azerbaijan,
      Әзербайжан: azerbaijan,
      summit: of((e) => e.type === 'summit'),
      саммит: of((e) => e.type === 'summit'),
      переговоры: of((e) => e.type === 'talks'),
    };
    for (const [q, ids] of Object.entries(expected)) {
      expect(ids.length, q).toBeGreaterThan(0);
      const answer = await search(request, q);
      const names = answer.events.filter((e) => e.match.reason === 'name');
      expect(names.map((e) => e.id).sort(), q).toEqual(ids);
      // Reasons never get stronger down the list; among equals the newer comes first.
      const tiers = answer.events.map((e) => TIERS.indexOf(e.match.reason));
      expect(tiers, q).toEqual([...tiers].sort((a, b) => a - b));
      for (let i = 1; i < answer.events.length; i++) {
        const [a, b] = [answer.events[i - 1]!, answer.events[i]!];
        if (a.match.reason === b.match.reason) expect(a.start! >= b.start!, `${q}: ${a.id} before ${b.id}`).toBe(true);
      }
      expect(answer.events[0]?.match, q).toEqual({ reason: 'name', score: 4 });
    }
  });

  test('a word of a title ranks after a name, and says so', async ({ request }) => {
    const answer = await search(request, 'Tashkent');
    expect(answer.total).toBeGreaterThan(1);
    expect(answer.events.every((e) => e.match.reason === 'name')).toBe(true);
    // "meeting" begins a word of a body's name (the Consultative Meeting) and a word of another event's title.
    const word = await search(request, 'meeting');
    expect(word.events.map((e) => e.match.reason)).toEqual(['prefix', 'title']);
    expect(word.events[1]?.match.score).toBe(2);
  });

  test('/api/suggest names what was typed, in the asked language, cached', async ({ request }) => {
    const res = await request.get(`/api/suggest?q=${encodeURIComponent('Токаев')}&lang=en`);
    expect(res.status()).toBe(200);
    expect(res.headers()['cache-control']).toContain('public');
    const body = (await res.json()) as {
      suggestions: { kind: string; id: string; label: string; count: number; href: string }[];
    };
    expect(body.suggestions[0]).toMatchObject({
      kind: 'person',
      id: 'tokayev',
      label: 'Kassym-Jomart Tokayev',
      href: '/people/tokayev?lang=en',
    });
    expect(body.suggestions[0]!.count).toBeGreaterThan(1);
    const ru = (await (await request.get(`/api/suggest?q=toqa&lang=ru`)).json()) as typeof body;
    expect(ru.suggestions[0]).toMatchObject({ id: 'tokayev', label: 'Касым-Жомарт Токаев' });
    expect((await request.get('/api/suggest?q=x&lang=de')).status()).toBe(400);
    expect((await request.get('/api/suggest?q=x&limit=3')).status()).toBe(400);
  });
});

test.describe('search: the box suggests', () => {
  test('typing "Токаев" suggests Tokayev; the keyboard chooses him and his page opens', async ({ page }) => {
    await page.goto('/?lang=en');
    await expect(page.locator('.vis-timeline')).toBeVisible();
    const box = page.getByRole('combobox', { name: 'Search events, people and places' });
    await box.click();
    await box.pressSequentially('Токаев', { delay: 40 });
    const list = page.getByRole('listbox', { name: 'Suggestions' });
    await expect(list).toBeVisible();
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await expect(box).toHaveAttribute('aria-controls', (await list.getAttribute('id'))!);
    const option = list.getByRole('option', { name: /Kassym-Jomart Tokayev/ });
    await expect(option).toContainText('Person');
    // The open list passes axe too (combobox, listbox and options as ARIA 1.2 has them).
    const open = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    expect(open.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`)).toEqual([]);
    await page.keyboard.press('ArrowDown');
    await expect(option).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!);
    await page.keyboard.press('Escape');
    await expect(list).toBeHidden();
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await expect(box).toHaveValue('Токаев');
    await page.keyboard.press('ArrowDown');
    await expect(option).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/people\/tokayev\?lang=en$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Kassym-Jomart Tokayev' })).toBeVisible();
  });

  test('while a search is typed the list puts the best matches first; a type chosen with the mouse filters', async ({
    page,
    request,
  }) => {
    const all = await apiEvents(request, 'ru');
    await page.goto('/?lang=ru');
    await expect(page.locator('.vis-timeline')).toBeVisible();
    const rows = page.getByTestId('event-list').locator('li[data-event-id]');
    const dateOrder = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')));
    const box = page.getByRole('combobox', { name: 'Поиск событий, людей и мест' });
    await box.fill('Ташкент');
    const newest = all
      .filter((e) => e.place?.id === 'tashkent')
      .sort(newestFirst)
      .map((e) => e.id);
    await expect
      .poll(() => rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id'))))
      .toEqual(newest);
    expect(newest).not.toEqual(dateOrder.filter((id) => newest.includes(id!)));

    await box.fill('');
    await box.pressSequentially('самми', { delay: 40 });
    const summit = page.getByRole('listbox').getByRole('option', { name: /Саммит/ });
    await expect(summit).toContainText('Тип события');
    await summit.click();
    await expect(page).toHaveURL(/[?&]type=summit/);
    await expect(box).toHaveValue('');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toHaveAttribute('data-event-id', eventOfType(all, 'summit').id);
  });
});

test.describe('search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the plain form searches, and the server lists the best matches first', async ({ page, request }) => {
    const all = await apiEvents(request);
    await page.goto('/?lang=en');
    const box = page.getByLabel('Search events, people and places');
    await box.fill('Tashkent');
    await box.press('Enter');
    await expect(page).toHaveURL(/[?&]q=Tashkent/);
    const newest = all.filter((e) => e.place?.id === 'tashkent').sort(newestFirst)[0]!;
    await expect(page.getByTestId('event-list').locator('li[data-event-id]').first()).toHaveAttribute(
      'data-event-id',
      newest.id,
    );
  });
});
