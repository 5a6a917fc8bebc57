import ICAL from 'ical.js';
import { apiEvents, eventOfType, itemName } from './corpus-api';
import { expect, test } from './fixtures';

test.describe('exports', () => {
  test('the calendar has one all-day VEVENT per dated event of the view, with a link back', async ({ request }) => {
    const events = await apiEvents(request);
    const res = await request.get('/api/export.ics?lang=en');
    expect(res.headers()['content-type']).toContain('text/calendar');
    const cal = new ICAL.Component(ICAL.parse(await res.text()));
    const vevents = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(vevents).toHaveLength(events.filter((e) => e.start !== null).length);
    const visit = eventOfType(events, 'state-visit');
    const v = vevents.find((e) => e.uid === `${visit.id}@jylnama`);
    expect(v?.summary).toBe(visit.title);
    expect(v?.startDate.isDate).toBe(true);
    expect(v?.startDate.toString()).toBe(visit.start);
    expect(v?.description).toContain(`/events/${visit.id}`);

    const filtered = new ICAL.Component(
      ICAL.parse(await (await request.get('/api/export.ics?lang=en&type=summit')).text()),
    );
    expect(filtered.getAllSubcomponents('vevent')).toHaveLength(1);
  });

  test('the CSV has a row per event of the view', async ({ request }) => {
    const events = await apiEvents(request, 'ru');
    const res = await request.get('/api/export.csv?lang=ru');
    expect(res.headers()['content-type']).toContain('text/csv');
    expect(res.headers()['content-disposition']).toContain('attachment');
    const text = await res.text();
    for (const e of events) expect(text).toContain(`"${e.id}"`);
    const summitOnly = await (await request.get('/api/export.csv?lang=ru&type=summit')).text();
    expect(summitOnly.trim().split('\r\n')).toHaveLength(2);
  });

  test('the JSON is in TimelineJS format', async ({ request }) => {
    const events = await apiEvents(request, 'kk');
    const tl = (await (await request.get('/api/export.json?lang=kk&q=Ташкент')).json()) as {
      events: {
        unique_id: string;
        start_date: { year: number; month?: number; day?: number };
        text: { headline: string };
      }[];
    };
    expect(tl.events.length).toBeGreaterThan(0);
    for (const slide of tl.events) {
      const e = events.find((x) => x.id === slide.unique_id);
      expect(e).toBeDefined();
      expect(slide.start_date.year).toBe(Number(e?.start?.slice(0, 4)));
    }
  });

  test("the toolbar links carry the view's filters", async ({ page }) => {
    await page.goto('/?lang=en&type=summit');
    await expect(page.getByRole('link', { name: 'Calendar (.ics)' })).toHaveAttribute(
      'href',
      '/api/export.ics?type=summit&lang=en',
    );
    // A subscription keeps the filters, at webcal:// on this server's address; what it serves is the same calendar.
    const webcal = await page.getByRole('link', { name: 'Subscribe (webcal)' }).getAttribute('href');
    expect(webcal).toMatch(/^webcal:\/\/[^/]+\/api\/export\.ics\?type=summit&lang=en$/);
    const calendar = await page.request.get(webcal!.replace(/^webcal:\/\/[^/]+/, ''));
    expect(calendar.headers()['content-type']).toMatch(/text\/calendar/);
    await expect(page.getByRole('link', { name: 'Present' })).toHaveAttribute('href', '/present?type=summit&lang=en');
  });

  test('the period on screen travels into the briefing, the handout and the downloads, which keep to it', async ({
    page,
    request,
  }) => {
    await page.goto('/?lang=en&type=summit,talks&from=2025-11-15&to=2025-11-17');
    const period = 'from=2025-11-15&to=2025-11-17&type=summit%2Ctalks&lang=en';
    await expect(page.getByRole('link', { name: 'Present' })).toHaveAttribute('href', `/present?${period}`);
    await expect(page.getByRole('link', { name: 'Printable handout' })).toHaveAttribute(
      'href',
      `/present/print?${period}`,
    );
    for (const name of ['Calendar (.ics)', 'Spreadsheet (.csv)', 'TimelineJS (.json)']) {
      await expect(page.getByRole('link', { name })).toHaveAttribute(
        'href',
        new RegExp(`\\?${period.replace(/[?.]/g, '\\$&')}$`),
      );
    }
    // What the JSON link serves keeps to the period: only the events of those days.
    const href = (await page.getByRole('link', { name: 'TimelineJS (.json)' }).getAttribute('href')) ?? '';
    const tl = (await (await request.get(href)).json()) as { events: { unique_id: string }[] };
    const all = await apiEvents(request);
    const expected = all.filter(
      (e) =>
        ['summit', 'talks'].includes(e.type) &&
        e.start !== null &&
        e.start <= '2025-11-17' &&
        (e.end ?? e.start) >= '2025-11-15',
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(tl.events.map((e) => e.unique_id).sort()).toEqual(expected.map((e) => e.id).sort());
  });

  test('the PNG of the timeline downloads', async ({ page }) => {
    await page.goto('/?lang=en');
    await expect(page.getByRole('button', { name: 'Zoom in' })).toBeEnabled();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Image of the timeline (.png)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('jylnama-timeline.png');
    const path = await file.path();
    const { readFile } = await import('node:fs/promises');
    const bytes = await readFile(path);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(500);

    // Framed: taller than the timeline (a title and period above, a legend and attribution below), and the legend
    // has a swatch in the colour of each type drawn (read back from the picture's pixels in the page).
    const timeline = await page.getByTestId('timeline').boundingBox();
    const shownTypes = await page
      .locator('[data-testid="timeline"] .vis-item.ev')
      .evaluateAll((items) => [...new Set(items.map((i) => /\bt-([a-z-]+)/.exec(i.className)?.[1] ?? ''))]);
    const found = await page.evaluate(
      async ({ data, types }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${data}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const ctx = c.getContext('2d') as CanvasRenderingContext2D;
        ctx.drawImage(img, 0, 0);
        const px = ctx.getImageData(0, 0, img.width, img.height).data;
        const colours = new Set<string>();
        // The legend sits in the bottom part of the picture, below the timeline.
        for (let y = Math.floor(img.height * 0.75); y < img.height; y++) {
          for (let x = 0; x < img.width; x++) {
            const i = (y * img.width + x) * 4;
            colours.add(
              `#${[px[i], px[i + 1], px[i + 2]].map((v) => (v ?? 0).toString(16).padStart(2, '0')).join('')}`,
            );
          }
        }
        // The top band (title) has dark text on white.
        let dark = 0;
        for (let y = 0; y < Math.floor(img.height * 0.1); y++) {
          for (let x = 0; x < img.width; x++) if ((px[(y * img.width + x) * 4] ?? 255) < 80) dark++;
        }
        return { height: img.height, colours: [...colours], dark, types };
      },
      { data: bytes.toString('base64'), types: shownTypes },
    );
    expect(found.height).toBeGreaterThan((timeline?.height ?? 0) * 2 + 100);
    expect(found.dark).toBeGreaterThan(50);
    const { TYPE_COLOURS } = await import('../app/_lib/og/type-colours');
    expect(shownTypes.length).toBeGreaterThan(0);
    for (const type of shownTypes)
      expect(found.colours, type).toContain(TYPE_COLOURS[type as keyof typeof TYPE_COLOURS]);
  });
});

test.describe('link previews', () => {
  test('an event page has canonical, Open Graph and Twitter metadata, and its image is a 1200×630 PNG', async ({
    page,
    request,
  }) => {
    const visit = eventOfType(await apiEvents(request), 'state-visit');
    await page.goto(`/events/${visit.id}?lang=en`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      new RegExp(`/events/${visit.id}\\?lang=en$`),
    );
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image).toMatch(/^http/);
    const res = await request.get(new URL(image ?? '').pathname + new URL(image ?? '').search);
    expect(res.headers()['content-type']).toBe('image/png');
    const png = await res.body();
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
  });
});

test.describe('embedding', () => {
  test('the embed shows the view without chrome, and its link opens the full app at the selected event', async ({
    page,
    request,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const summit = eventOfType(await apiEvents(request), 'summit');
    await page.goto('/embed?lang=en&type=summit');
    await expect(page.getByRole('banner')).toHaveCount(0);
    const open = page.getByTestId('open-in-app');
    await expect(open).toHaveText('Open in Jylnama');
    await page
      .getByRole('region', { name: 'Timeline of events' })
      .getByRole('button', { name: itemName(summit) })
      .click();
    await expect(open).toHaveText('Open this event in Jylnama');
    await expect(open).toHaveAttribute(
      'href',
      new RegExp(`^http://localhost:\\d+/\\?event=${summit.id}&type=summit&lang=en$`),
    );
    await expect(open).toHaveAttribute('target', '_blank');
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    const code = await page.evaluate(() => navigator.clipboard.readText());
    expect(code).toMatch(/^<iframe src="http:\/\/localhost:\d+\/embed\?event=/);
  });
});
