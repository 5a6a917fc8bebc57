import type { Page } from '@playwright/test';
import { apiEvents, type ApiEvent } from './corpus-api';
import { expect, test } from './fixtures';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

test.describe('briefing mode', () => {
  let dated: ApiEvent[];
  test.beforeAll(async ({ request }) => {
    dated = (await apiEvents(request)).filter((e) => e.start !== null);
  });

  test('steps through the dated events in order with keys, and keeps the step in the URL', async ({ page }) => {
    await page.goto('/present?lang=en');
    await expect(page.getByTestId('present-step')).toHaveText(`Event 1 of ${dated.length}`);
    await expect(heading(page)).toHaveText(dated[0]?.title ?? '');
    await expect(page.getByTestId('presenter')).toHaveAttribute('data-keys', 'ready');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('present-step')).toHaveText(`Event 2 of ${dated.length}`);
    await expect(page).toHaveURL(/[?&]step=2(&|$)/);
    await page.keyboard.press(' ');
    await expect(page).toHaveURL(/[?&]step=3(&|$)/);
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(/[?&]step=2(&|$)/);
    await page.keyboard.press('End');
    await expect(heading(page)).toHaveText(dated[dated.length - 1]?.title ?? '');
    await page.keyboard.press('Home');
    await expect(page).toHaveURL(/[?&]step=1(&|$)/);

    // Resuming from a shared URL opens the same step.
    await page.goto('/present?lang=en&step=3');
    await expect(heading(page)).toHaveText(dated[2]?.title ?? '');
  });

  test('N shows the source sentences; the filters of the view apply; Esc goes back to the timeline', async ({ page }) => {
    await page.goto('/present?lang=en&type=summit');
    const summit = dated.find((e) => e.type === 'summit');
    await expect(page.getByTestId('present-step')).toHaveText('Event 1 of 1');
    // The keys work once the page is hydrated: pressed before, they were lost (a flaky run on a loaded machine).
    await expect(page.getByTestId('presenter')).toHaveAttribute('data-keys', 'ready');
    await page.keyboard.press('n');
    const notes = page.getByTestId('presenter-notes');
    for (const s of summit?.sources ?? []) await expect(notes).toContainText(s.quote);
    await page.keyboard.press('n');
    await expect(notes).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(new RegExp(`/\\?event=${summit?.id}&type=summit&lang=en$`));
    await expect(page.getByRole('complementary', { name: 'Event details' }).getByRole('heading', { name: summit?.title })).toBeVisible();
  });

  test('the full-screen button and F use the Fullscreen API', async ({ page }) => {
    await page.goto('/present?lang=en');
    await page.getByRole('button', { name: 'Full screen (F)' }).click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
  });

  test('the timeline strip marks the current step and moves to another', async ({ page }) => {
    await page.goto('/present?lang=en&step=2');
    const strip = page.getByRole('navigation', { name: 'Where this event sits on the timeline' });
    await expect(strip.locator('[aria-current="step"]')).toHaveCount(1);
    await strip.getByRole('button', { name: new RegExp(`^1\\. `) }).click();
    await expect(page).toHaveURL(/[?&]step=1(&|$)/);
  });
});

test.describe('the printable handout', () => {
  for (const format of ['A4', 'Letter'] as const) {
    test(`prints a title page, an overview and one page per event on ${format}`, async ({ page, request }) => {
      const dated = (await apiEvents(request)).filter((e) => e.start !== null);
      await page.goto(`/present/print?lang=en&paper=${format.toLowerCase()}`);
      await expect(page.getByTestId('handout-event')).toHaveCount(dated.length);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format, preferCSSPageSize: true, printBackground: true });
      const text = pdf.toString('latin1');
      const pages = text.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      expect(pages).toBe(2 + dated.length);
      // The page size is the one asked for (A4 595×842 pt, Letter 612×792 pt).
      const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
      expect(Math.round(Number(box?.[1]))).toBe(format === 'A4' ? 595 : 612);
    });
  }
});
