import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';

// The seeds server runs without JYLNAMA_EDITOR_TOKEN: writing is off.
test('without JYLNAMA_EDITOR_TOKEN the Add page says how to turn writing on, and saving is refused', async ({
  page,
  request,
}) => {
  await page.goto('/add?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add articles');
  await expect(page.getByTestId('writing-off')).toContainText('JYLNAMA_EDITOR_TOKEN');
  await expect(page.getByTestId('add-form')).toHaveCount(0);
  const seeds = fileURLToPath(new URL('../seeds', import.meta.url));
  const before = readdirSync(seeds);
  const res = await request.post('/api/articles', {
    multipart: { mode: 'save', text: ' date 2025-11-22 X\nАСТАНА. KAZINFORM – Мәтін.\n' },
    headers: { Authorization: 'Bearer anything-at-all-123' },
  });
  expect(res.status()).toBe(403);
  expect(((await res.json()) as { error: string }).error).toMatch(/JYLNAMA_EDITOR_TOKEN/);
  expect(readdirSync(seeds)).toEqual(before);
});
