import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures';

// A shared link outlives the merge (issue 10): when a later article changes what an event is (here its date, and
// so its id), the old permalink redirects to the event it became. The hostile server's folder is writable.
const dir = process.env.JYLNAMA_HOSTILE_SEEDS_DIR!;
const ANNOUNCED =
  ' date 2025-11-25 Тоқаев пен Мирзиёев Ташкентте келіссөз жүргізеді\nТАШКЕНТ. KAZINFORM – 1-2 желтоқсан күндері Қасым-Жомарт Тоқаев пен Шавкат Мирзиёев Ташкентте келіссөз жүргізеді.\n';
const REPORTED =
  ' date 2025-12-02 Тоқаев пен Мирзиёев Ташкентте келіссөздер өткізді\nТАШКЕНТ. KAZINFORM – Бүгін Ташкентте Қасым-Жомарт Тоқаев пен Шавкат Мирзиёев келіссөздер өткізді.\n';
const files = ['moved-a-announced.txt', 'moved-b-reported.txt'];

async function talksIds(request: APIRequestContext): Promise<string[]> {
  const all = (await (await request.get('/api/events?lang=en')).json()) as Array<{
    id: string;
    type: string;
    sources: Array<{ articleId: string }>;
  }>;
  return all
    .filter((e) => e.type === 'talks' && e.sources.some((s) => s.articleId.startsWith('moved-')))
    .map((e) => e.id);
}

test.describe('a permalink after a later article', () => {
  test.afterAll(() => {
    for (const f of files) rmSync(path.join(dir, f), { force: true });
  });

  test('redirects to the event it became', async ({ page, request }) => {
    writeFileSync(path.join(dir, files[0]!), ANNOUNCED);
    await expect.poll(() => talksIds(request), { timeout: 15_000 }).toEqual(['2025-12-01-talks-kz-uz']);
    const old = '2025-12-01-talks-kz-uz';
    expect((await request.get(`/events/${old}`)).status()).toBe(200);

    // The report of 2 December dates the talks to that day: the event's id follows its date.
    writeFileSync(path.join(dir, files[1]!), REPORTED);
    await expect.poll(() => talksIds(request), { timeout: 15_000 }).toEqual(['2025-12-02-talks-kz-uz']);
    const res = await request.get(`/events/${old}?lang=en`, { maxRedirects: 0 });
    expect([307, 308]).toContain(res.status());
    expect(res.headers().location).toMatch(/\/events\/2025-12-02-talks-kz-uz\?lang=en$/);
    await page.goto(`/events/${old}?lang=en`);
    await expect(page).toHaveURL(/\/events\/2025-12-02-talks-kz-uz\?lang=en$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // A view link with the old id opens the same view of the new event.
    await page.goto(`/?event=${old}&lang=en`);
    await expect(page).toHaveURL(/[?&]event=2025-12-02-talks-kz-uz/);
  });
});
