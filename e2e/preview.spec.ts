import type { APIRequestContext, Page } from '@playwright/test';
import { apiArticle } from './corpus-api';
import { expect, test } from './fixtures';

// Link previews and the event page's evidence follow the reader's language (issue 14): the composed title, the
// description that starts with the event's own date-giving sentence, the card and its alt text, JSON-LD; and
// `/?event=<id>` previews as that event.

interface Source {
  articleId: string;
  quote: string;
  claim: { when: string | null; how: 'stated' | 'inherited' | 'none' };
}
interface Event {
  id: string;
  type: string;
  title: string;
  when: string | null;
  sources: Source[];
}

const LANGS = ['kk', 'ru', 'en'] as const;
/** The state visit of the seeds, composed from its structure: who, what, where to. */
const VISIT_TITLE = {
  kk: 'Тоқаевтың Өзбекстанға мемлекеттік сапары',
  ru: 'Государственный визит Токаева в Узбекистан',
  en: "Tokayev's state visit to Uzbekistan",
} as const;
const OG_LOCALE = { kk: 'kk_KZ', ru: 'ru_RU', en: 'en_US' } as const;

async function visitIn(request: APIRequestContext, lang: string): Promise<Event> {
  const all = (await (await request.get(`/api/events?lang=${lang}`)).json()) as Event[];
  return all.find((e) => e.type === 'state-visit')!;
}

const meta = (page: Page, attr: 'property' | 'name', key: string) =>
  page.locator(`meta[${attr}="${key}"]`).getAttribute('content');

async function tags(page: Page) {
  return {
    title: await meta(page, 'property', 'og:title'),
    description: await meta(page, 'property', 'og:description'),
    image: await meta(page, 'property', 'og:image'),
    imageAlt: await meta(page, 'property', 'og:image:alt'),
    locale: await meta(page, 'property', 'og:locale'),
    twitterTitle: await meta(page, 'name', 'twitter:title'),
    twitterDescription: await meta(page, 'name', 'twitter:description'),
    twitterImage: await meta(page, 'name', 'twitter:image'),
  };
}

test.describe('link previews in the language of the URL', () => {
  test.use({ javaScriptEnabled: false });

  for (const lang of LANGS) {
    test(`an event page in ${lang}: composed title, own date-giving sentence first, card and alt text, JSON-LD`, async ({
      page,
      request,
    }) => {
      const visit = await visitIn(request, lang);
      expect(visit.title).toBe(VISIT_TITLE[lang]);
      await page.goto(`/events/${visit.id}?lang=${lang}`);
      const t = await tags(page);
      expect(t.title).toBe(VISIT_TITLE[lang]);
      expect(t.twitterTitle).toBe(VISIT_TITLE[lang]);
      expect(t.locale).toBe(OG_LOCALE[lang]);
      // The description starts with a sentence of this event that states its date.
      const own = visit.sources
        .filter((s) => s.claim.how === 'stated' && s.claim.when === visit.when)
        .map((s) => s.quote.replace(/\s+/g, ' ').trim());
      expect(own.length).toBeGreaterThan(0);
      expect(own.some((q) => t.description?.startsWith(q.slice(0, 60)))).toBe(true);
      expect(t.twitterDescription).toBe(t.description);
      // The card is this event's, drawn in this language, and its alt text says which event.
      expect(new URL(t.image ?? '').pathname).toBe(`/events/${visit.id}/opengraph-image`);
      expect(new URL(t.image ?? '').searchParams.get('lang')).toBe(lang);
      expect(t.twitterImage).toBe(t.image);
      expect(t.imageAlt).toContain(VISIT_TITLE[lang]);
      expect(t.imageAlt).not.toBe('Jylnama');
      const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? 'null') as {
        name: string;
        inLanguage: string;
        image: string;
        description: string;
      };
      expect(ld.name).toBe(VISIT_TITLE[lang]);
      expect(ld.inLanguage).toBe(lang);
      expect(ld.image).toBe(t.image);
      expect(ld.description).toBe(t.description);
      await expect(page).toHaveTitle(new RegExp(`^${VISIT_TITLE[lang]}`));
    });
  }

  test('the cards differ by language and are 1200×630 PNGs', async ({ request }) => {
    const visit = await visitIn(request, 'en');
    const sizes = new Set<number>();
    for (const lang of LANGS) {
      const res = await request.get(`/events/${visit.id}/opengraph-image?lang=${lang}`);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toBe('image/png');
      const png = await res.body();
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      sizes.add(png.length);
    }
    expect(sizes.size, 'three languages, three different drawings').toBe(3);
  });

  for (const lang of LANGS) {
    test(`/?event=<id> in ${lang} has the event's preview tags`, async ({ page, request }) => {
      const visit = await visitIn(request, lang);
      await page.goto(`/events/${visit.id}?lang=${lang}`);
      const ofPage = await tags(page);
      await page.goto(`/?event=${visit.id}&lang=${lang}`);
      expect(await tags(page)).toEqual(ofPage);
    });
  }

  test('a timeline view without an event keeps the site-wide tags', async ({ page }) => {
    await page.goto('/?lang=en');
    await expect(page.locator('meta[property="og:image"]')).toHaveCount(0);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.+/);
  });
});

test.describe('the event page: evidence in its language, the date explained in the reader’s', () => {
  test.use({ javaScriptEnabled: false });

  test('sentences keep their language and say which; the date-giving one comes first; no rule ids', async ({
    page,
    request,
  }) => {
    const visit = await visitIn(request, 'en');
    const LABEL = {
      en: { kk: 'in Kazakh', ru: 'in Russian', en: 'in English' },
      ru: { kk: 'на казахском', ru: 'на русском', en: 'на английском' },
      kk: { kk: 'қазақ тілінде', ru: 'орыс тілінде', en: 'ағылшын тілінде' },
    } as const;
    const FROM_TEXT = { en: 'The date comes from “', ru: 'Дата взята из слов «', kk: 'Күні осы сөйлемдегі «' } as const;
    for (const lang of LANGS) {
      await page.goto(`/events/${visit.id}?lang=${lang}`);
      const sources = page.getByTestId('source');
      await expect(sources).toHaveCount(visit.sources.length);
      // The first sentence listed is one that gives the date, and says so in the reader's words.
      const first = sources.first();
      await expect(first.getByTestId('why-date')).toContainText(FROM_TEXT[lang]);
      const quote = (await first.locator('blockquote').textContent()) ?? '';
      const source = visit.sources.find((s) => s.quote === quote)!;
      expect(source.claim.how).toBe('stated');
      const language = (await apiArticle(request, source.articleId)).language as 'kk' | 'ru' | 'en';
      await expect(first.locator('blockquote')).toHaveAttribute('lang', language);
      await expect(first.getByTestId('quote-language')).toHaveText(LABEL[lang][language]);
      // Every sentence, whatever it says of the date, is explained without the parser's rule ids.
      for (const text of await page.getByTestId('why-date').allTextContents()) {
        expect(text).not.toMatch(/rule|ереже|правило|parser\/|no-time|inherited\/|[A-Z][a-z]+[A-Z][a-z]+/);
      }
      await expect(page.getByRole('main')).not.toContainText('parser/');
    }
  });
});
