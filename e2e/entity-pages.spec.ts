import AxeBuilder from '@axe-core/playwright';
import { apiEvents, eventOfType } from './corpus-api';
import { expect, test } from './fixtures';

async function axe(page: import('@playwright/test').Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}

const PAGES = [
  {
    path: '/people/tokayev',
    schemaType: 'Person',
    filter: 'person=tokayev',
    names: { en: 'Kassym-Jomart Tokayev', kk: 'Қасым-Жомарт Тоқаев', ru: 'Касым-Жомарт Токаев' },
    has: (e: Ev) => e.participants.some((p) => p.id === 'tokayev'),
  },
  {
    path: '/countries/uz',
    schemaType: 'Country',
    filter: 'country=uz',
    names: { en: 'Uzbekistan', kk: 'Өзбекстан', ru: 'Узбекистан' },
    has: (e: Ev) => e.participants.some((p) => p.id === 'uz' || p.country === 'uz'),
  },
  {
    path: '/places/tashkent',
    schemaType: 'Place',
    filter: 'place=tashkent',
    names: { en: 'Tashkent', kk: 'Ташкент', ru: 'Ташкент' },
    has: (e: Ev) => e.place?.id === 'tashkent',
  },
];
type Ev = Awaited<ReturnType<typeof apiEvents>>[number];

test.describe('person, country and place pages', () => {
  for (const p of PAGES) {
    for (const lang of ['en', 'ru', 'kk'] as const) {
      test(`${p.path} in ${lang}: the name, its events by month, the filtered timeline, metadata, axe`, async ({
        page,
        request,
      }) => {
        const events = (await apiEvents(request, lang)).filter(p.has);
        expect(events.length).toBeGreaterThan(0);
        const query = lang === 'kk' ? '' : `?lang=${lang}`;
        const res = await page.goto(`${p.path}${query}`);
        expect(res?.status()).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.names[lang]);
        await expect(page).toHaveTitle(new RegExp(`^${p.names[lang]}`));
        await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', p.names[lang]);
        await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', new RegExp(p.names[lang]));
        // The other languages' names are given too.
        for (const other of Object.values(p.names))
          if (other !== p.names[lang])
            await expect(page.getByTestId('entity-page').locator('header')).toContainText(other);
        const list = page.getByTestId('entity-events');
        for (const e of events) await expect(list.locator(`a[href="/events/${e.id}${query}"]`)).toHaveText(e.title);
        await expect(list.getByRole('heading', { level: 3 }).first()).toBeVisible();
        await expect(page.getByTestId('entity-timeline-link')).toHaveAttribute(
          'href',
          `/?${p.filter}${lang === 'kk' ? '' : `&lang=${lang}`}`,
        );
        // Structured data: the entity in the page's language, and its events with their dates and pages.
        const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? 'null');
        expect(ld).toMatchObject({ '@type': p.schemaType, name: p.names[lang], inLanguage: lang });
        expect(ld.url).toMatch(new RegExp(`^https?://[^/]+${p.path}`));
        expect((ld.subjectOf as Array<{ name: string; url: string }>).map((s) => s.name).sort()).toEqual(
          events.map((e) => e.title).sort(),
        );
        for (const s of ld.subjectOf as Array<{ url: string }>) expect(s.url).toMatch(/^https?:\/\/[^/]+\/events\//);
        if (lang !== 'kk') expect(await axe(page), `${p.path} ${lang}`).toEqual([]);
      });
    }
  }

  test("the timeline link shows exactly the entity's events", async ({ page, request }) => {
    const events = (await apiEvents(request)).filter(PAGES[0]!.has);
    await page.goto('/people/tokayev?lang=en');
    await page.getByTestId('entity-timeline-link').click();
    await expect(page).toHaveURL(/\/\?person=tokayev&lang=en$/);
    await expect(page.getByTestId('filter-count')).toContainText(`${events.length} of`);
  });

  test('an event page links its participants and its place to their pages', async ({ page, request }) => {
    const visit = eventOfType(await apiEvents(request), 'state-visit');
    await page.goto(`/events/${visit.id}?lang=en`);
    await expect(page.getByRole('link', { name: 'Kassym-Jomart Tokayev' })).toHaveAttribute(
      'href',
      '/people/tokayev?lang=en',
    );
    await page.getByRole('link', { name: 'Tashkent', exact: true }).first().click();
    await expect(page).toHaveURL(/\/places\/tashkent\?lang=en$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tashkent');
  });
});

test.describe('unknown entity ids', () => {
  test.use({ allowConsoleErrors: [/Failed to load resource: the server responded with a status of 404/] });

  for (const path of [
    '/people/nobody',
    '/countries/zz',
    '/places/atlantis',
    '/people/uz',
    '/countries/tokayev',
    '/places/%3Cscript%3E',
  ]) {
    test(`${path} is the app's 404`, async ({ page }) => {
      const res = await page.goto(`${path}?lang=en`);
      expect(res?.status()).toBe(404);
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    });
  }
});
