import { apiArticle, apiEvents, eventOfType, expectedDate } from './corpus-api';
import { expect, test } from './fixtures';

test.describe('the article page', () => {
  test('"Open in article" lands on the source sentence, highlighted and scrolled into view', async ({
    page,
    request,
  }) => {
    const visit = eventOfType(await apiEvents(request), 'state-visit');
    // The source furthest into its article: it must be scrolled to, not just be on the first screen.
    const source = [...visit.sources].sort((a, b) => b.start - a.start)[0];
    if (!source) throw new Error('the visit has no sources');

    await page.setViewportSize({ width: 1000, height: 600 });
    await page.goto(`/?lang=en&event=${visit.id}`);
    const panel = page.getByRole('complementary', { name: 'Event details' });
    // The panel lists the date-giving sentences first: find this source by its quote, not by its place in the API.
    await panel
      .getByTestId('source')
      .filter({ hasText: source.quote.slice(0, 60) })
      .first()
      .getByRole('link', { name: 'Open in article' })
      .click();

    await expect(page).toHaveURL(
      new RegExp(`/articles/${source.articleId}\\?lang=en#m-${source.start}-${source.end}$`),
    );
    const sentence = page.locator(`[id="m-${source.start}-${source.end}"]`);
    await expect(sentence).toHaveText(source.quote);
    await expect(sentence).toBeInViewport();
    await expect(sentence).toHaveClass(/is-target/);
    const background = await sentence.evaluate((el) => getComputedStyle(el).backgroundColor);
    const plain = await page
      .locator('.m-sentence:not(.is-target)')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background, 'the target sentence stands out from other source sentences').not.toBe(plain);
  });

  test('from an article back to its events: each event its sentences tell of, and the sentence in the text', async ({
    page,
    request,
  }) => {
    const visit = eventOfType(await apiEvents(request), 'state-visit');
    const source = visit.sources[0]!;
    await page.goto(`/articles/${encodeURIComponent(source.articleId)}?lang=en`);
    const events = page.getByTestId('article-events');
    await expect(events.getByRole('heading', { name: 'Events this article tells of' })).toBeVisible();
    const row = events
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: visit.title }) })
      .first();
    await expect(row.getByRole('link', { name: '(the sentence)' })).toHaveAttribute(
      'href',
      new RegExp(`^#m-\\d+-\\d+$`),
    );
    await row.getByRole('link', { name: visit.title }).click();
    await expect(page).toHaveURL(new RegExp(`/events/${visit.id}`));
  });

  test("a marked sentence links to its event, and the article text stays the article's", async ({ page, request }) => {
    const visit = eventOfType(await apiEvents(request), 'state-visit');
    const source = visit.sources[0]!;
    const article = await apiArticle(request, source.articleId);
    await page.goto(`/articles/${encodeURIComponent(source.articleId)}?lang=ru`);
    const sentence = page.locator(`[id="m-${source.start}-${source.end}"]`);
    // The link follows the sentence; its name says which event, in the reader's language.
    const back = sentence.locator('xpath=following-sibling::a[1]');
    await expect(back).toHaveAccessibleName(
      `Событие: ${(await apiEvents(request, 'ru')).find((e) => e.id === visit.id)!.title}`,
    );
    await expect(back).toHaveAttribute('href', `/events/${visit.id}?lang=ru`);
    // The arrow is drawn by CSS: the body's text is still exactly the article's.
    const body = (await page.getByTestId('article-text').textContent()) ?? '';
    expect(article.text.includes(body.trim())).toBe(true);
    await back.click();
    await expect(page).toHaveURL(new RegExp(`/events/${visit.id}`));
  });

  test('a direct link highlights the sentence with :target on a full load', async ({ page, request }) => {
    const khiva = eventOfType(await apiEvents(request), 'informal-visit');
    const s = khiva.sources[0];
    if (!s) throw new Error('no source');
    await page.goto(`/articles/${s.articleId}?lang=en#m-${s.start}-${s.end}`);
    const sentence = page.locator(`[id="m-${s.start}-${s.end}"]`);
    await expect(sentence).toBeInViewport();
    expect(await sentence.evaluate((el) => el.matches(':target'))).toBe(true);
  });

  test('shows the date, title, dateline and whole text with time expressions and event mentions marked', async ({
    page,
    request,
  }) => {
    const interview = await apiArticle(request, '002_d88e8d9bd04ff96a');
    await page.goto('/articles/002_d88e8d9bd04ff96a?lang=en');

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(interview.title);
    const meta = page.getByTestId('article-meta');
    await expect(meta).toContainText(`Published${expectedDate('en', interview.date, null)}`);
    expect(interview.dateline).not.toBeNull();
    await expect(meta).toContainText(`${interview.dateline?.place} · ${interview.dateline?.agency}`);

    const text = page.getByTestId('article-text');
    const body = interview.text.slice(interview.text.indexOf('\n') + 1);
    expect((await text.textContent())?.trim()).toBe(body.trim());

    const times = text.locator('mark.m-time');
    for (const expression of ['14-15 қараша күндері', '16 қарашада', '90-шы жылдардан бастап', 'Бірнеше жыл бұрын']) {
      await expect(times.filter({ hasText: expression }).first(), expression).toBeVisible();
    }
    expect(await text.locator('mark.m-event').count()).toBeGreaterThanOrEqual(4);
    // Source sentences carry their anchors.
    const events = await apiEvents(request);
    for (const e of events) {
      for (const s of e.sources.filter((src) => src.articleId === interview.id)) {
        await expect(page.locator(`[id="m-${s.start}-${s.end}"]`)).toHaveText(s.quote);
      }
    }
  });

  test('keeps paragraph breaks of the original', async ({ page, request }) => {
    const report = await apiArticle(request, '000_01a58fac432dcdd2');
    await page.goto('/articles/000_01a58fac432dcdd2');
    const text = page.getByTestId('article-text');
    const lines = (await text.innerText()).split('\n').filter((l) => l.trim()).length;
    const expected = report.text
      .split('\n')
      .slice(1)
      .filter((l) => l.trim()).length;
    expect(lines).toBe(expected);
  });
});
