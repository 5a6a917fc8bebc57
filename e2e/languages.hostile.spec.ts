import { rmSync } from 'node:fs';
import path from 'node:path';
import { apiArticle, apiEvents } from './corpus-api';
import { expect, test } from './fixtures';

// A fourth language and a second Kazakh Latin alphabet, end to end: each article is added through the app, parsed by
// its language's plug-in, merged, served by the API and shown on its pages. The hostile server has an editor token
// and a scratch folder (playwright.config.ts). The events are new ones within the seeds' fortnight, as the other
// specs that add articles do: the specs running beside this one see the timeline's window barely move.
const dir = process.env.JYLNAMA_HOSTILE_SEEDS_DIR!;
const token = process.env.JYLNAMA_E2E_EDITOR_TOKEN!;

const ARTICLES = [
  {
    file: 'uz-mirziyoyev-visit.txt',
    text:
      ' date 2025-11-19 Shavkat Mirziyoyev Qozogʻistonga rasmiy tashrif bilan boradi\n' +
      'TOSHKENT. DUNYO – Oʻzbekiston Prezidenti Shavkat Mirziyoyev 2025-yil 20-21 noyabr kunlari Qozogʻiston Prezidenti Qosim-Jomart Toqayevning taklifiga binoan Qozogʻistonga rasmiy tashrif bilan boradi. Tashrif doirasida davlat rahbarlari Astanada muzokaralar oʻtkazadi.\n',
    language: { code: 'uz', en: 'Uzbek' },
    event: { id: '2025-11-20-official-visit-kz-uz', when: '2025-11-20/2025-11-21', place: 'astana' },
  },
  {
    file: 'kk-latn-2018-samarkand.txt',
    text:
      ' date 2025-11-19 Toqaev Samarqandqa jumys saparymen barady\n' +
      'ASTANA. KAZINFORM – 21 qarasha kúni Qasym-Jomart Toqaev Ózbekstan Prezıdenti Shavkat Mırzıóevtiń shaqyrýymen Samarqandqa jumys saparymen barady. Memleket basshylary kelissóz júrgizedi.\n',
    language: { code: 'kk', en: 'Kazakh' },
    event: { id: '2025-11-21-working-visit-kz-uz', when: '2025-11-21', place: 'samarkand' },
  },
];

test.describe('an Uzbek article and a Kazakh one in the 2018 Latin alphabet', () => {
  const added: string[] = [];
  test.afterAll(() => {
    for (const name of added) rmSync(path.join(dir, name), { force: true });
  });

  test('are added, dated, merged into events quoted exactly, and say their language', async ({ page, request }) => {
    for (const a of ARTICLES) {
      const res = await request.post('/api/articles?lang=en', {
        multipart: {
          mode: 'save',
          file: { name: a.file, mimeType: 'text/plain', buffer: Buffer.from(a.text, 'utf8') },
        },
        headers: { Authorization: `Bearer ${token}` },
      });
      expect(res.status()).toBe(200);
      const { items } = (await res.json()) as { items: { status: string; fileName: string }[] };
      expect(items[0]?.status).toBe('added');
      added.push(items[0]!.fileName);
    }
    for (const a of ARTICLES) {
      await expect
        .poll(async () => (await apiEvents(request)).some((e) => e.id === a.event.id), { timeout: 20_000 })
        .toBe(true);
      const event = (await apiEvents(request)).find((e) => e.id === a.event.id)!;
      expect(event).toMatchObject({ when: a.event.when, status: 'announced', place: { id: a.event.place } });
      expect(event.participants.map((p) => p.id).sort()).toEqual(['mirziyoyev', 'tokayev']);
      // Provenance: every quote is the article's own text at its offsets, in the alphabet it was written in.
      const articleId = event.sources[0]!.articleId;
      const article = await apiArticle(request, articleId);
      expect([article.language, article.script]).toEqual([a.language.code, 'Latn']);
      for (const s of event.sources) expect(article.text.slice(s.start, s.end)).toBe(s.quote);
      expect(a.text).toContain(event.sources[0]!.quote);

      await page.goto(`/articles/${encodeURIComponent(articleId)}?lang=en`);
      await expect(page.getByText(`${a.language.en} (Latn)`)).toBeVisible();
      await page.goto(`/events/${encodeURIComponent(a.event.id)}?lang=en`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator(`blockquote[lang="${a.language.code}"]`).first()).toBeVisible();
    }
  });
});
