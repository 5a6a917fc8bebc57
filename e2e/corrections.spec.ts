import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { adminQuery, SERVER_BASE_URL as SERVER_URL } from '../scripts/e2e-databases.mjs';
import { nextStartArgs, rootDir } from '../scripts/next-build.mjs';
import { hashSecret } from '../app/_lib/editors/secret';
import { expect, test } from './fixtures';
import { healthy } from './servers';

// Editors' corrections (issue 13), on servers of their own (a correction changes what every page shows, and the
// suite's servers are shared by specs that run meanwhile). On the embedded store: one server. On a PostgreSQL
// server: two, the second reading no folder: a correction made through the first is on the second at once.
const BASE_PORT = Number(process.env.JYLNAMA_E2E_PORT || 3100) + 14;
const TOKEN = 'corrections-token-not-secret';
const EDITOR = { name: 'aigerim', secret: 'aigerim-secret-for-the-e2e-suite' };
const onServer = process.env.JYLNAMA_E2E_STORE === 'server';

interface ApiEvent {
  id: string;
  type: string;
  when: string | null;
  start: string | null;
  end: string | null;
  title: string;
  machine?: Record<string, unknown>;
  corrections?: {
    fields: Record<string, { by: string; reason: string; correction: string }>;
    confirmed: unknown;
    hidden: unknown;
  };
  hidden?: boolean;
}

test.describe('editors correct the record', () => {
  test.describe.configure({ mode: 'serial', timeout: 180_000 });
  const folders: string[] = [];
  let articlesFolder = '';
  const servers: ChildProcess[] = [];
  const database = `jylnama_e2e_corr_${process.pid}_${Date.now().toString(36)}`;
  const writer = `http://localhost:${BASE_PORT}`;
  const reader = onServer ? `http://localhost:${BASE_PORT + 1}` : writer;
  const post = (id: string, body: unknown, token: string | null = TOKEN) =>
    fetch(`${writer}/api/events/${encodeURIComponent(id)}/corrections?lang=en`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
  const events = async (origin: string, query = ''): Promise<ApiEvent[]> =>
    (await fetch(`${origin}/api/events?lang=en${query}`, { headers: { Authorization: `Bearer ${TOKEN}` } })).json();

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    const folder = mkdtempSync(path.join(tmpdir(), 'jylnama-corrections-'));
    cpSync(path.join(rootDir, 'seeds'), folder, { recursive: true });
    folders.push(folder);
    articlesFolder = folder;
    const dataDir = mkdtempSync(path.join(tmpdir(), 'jylnama-corrections-data-'));
    folders.push(dataDir);
    let store: Record<string, string> = { DATABASE_URL: '', JYLNAMA_DATA_DIR: dataDir };
    if (onServer) {
      await adminQuery(SERVER_URL, `create database ${database}`);
      const url = new URL(SERVER_URL);
      url.pathname = `/${database}`;
      store = { DATABASE_URL: url.toString() };
    }
    const editors = `${EDITOR.name}=${await hashSecret(EDITOR.secret)}`;
    const start = (port: number, env: Record<string, string>) =>
      servers.push(
        spawn(process.execPath, nextStartArgs(port), {
          cwd: rootDir,
          env: {
            ...process.env,
            JYLNAMA_CACHE_DIR: 'off',
            JYLNAMA_EDITOR_TOKEN: TOKEN,
            JYLNAMA_EDITORS: editors,
            ...store,
            ...env,
          },
          stdio: ['ignore', 'ignore', 'inherit'],
        }),
      );
    start(BASE_PORT, { JYLNAMA_SEEDS_DIR: folder });
    await healthy(writer);
    if (onServer) {
      await expect
        .poll(
          async () =>
            ((await (await fetch(`${writer}/api/health`)).json()) as { corpus: { databaseVersion: number } }).corpus
              .databaseVersion,
          { timeout: 60_000 },
        )
        .toBeGreaterThan(0);
      start(BASE_PORT + 1, { JYLNAMA_READ_FOLDER: 'off' });
      await healthy(reader);
    }
  });

  test.afterAll(async () => {
    for (const s of servers) s.kill('SIGTERM');
    for (const f of folders) rmSync(f, { recursive: true, force: true });
    if (onServer) await adminQuery(SERVER_URL, `drop database if exists ${database} with (force)`).catch(() => {});
  });

  test('a date fixed through the API: the corrected value in the usual fields, the machine’s beside it, on every server and page', async ({
    page,
  }) => {
    const visit = (await events(writer)).find((e) => e.type === 'state-visit' && e.start === '2025-11-14')!;
    expect(visit).toBeDefined();
    const res = await post(visit.id, {
      op: 'set',
      field: 'when',
      value: '13–15 November 2025',
      reason: 'The programme began on the evening of the 13th.',
    });
    expect(res.status).toBe(201);
    const answer = (await res.json()) as { id: string; event: ApiEvent };
    expect(answer.id).toMatch(/^c-/);
    expect(answer.event).toMatchObject({
      when: '2025-11-13/2025-11-15',
      start: '2025-11-13',
      end: '2025-11-15',
      machine: { when: '2025-11-14/2025-11-15', start: '2025-11-14', end: '2025-11-15' },
    });
    expect(answer.event.corrections?.fields.when).toMatchObject({
      by: 'token',
      reason: 'The programme began on the evening of the 13th.',
    });
    // Every server, within 2 s (NOTIFY on a PostgreSQL server).
    await expect
      .poll(async () => (await events(reader)).find((e) => e.id === visit.id)?.when, {
        timeout: 2000,
        intervals: [100],
      })
      .toBe('2025-11-13/2025-11-15');
    await page.goto(`${reader}/events/${encodeURIComponent(visit.id)}?lang=en`);
    const note = page.getByTestId('corrections');
    await expect(note.getByRole('heading', { name: 'Corrected by editors' })).toBeVisible();
    await expect(note.getByTestId('corrected-when')).toContainText(
      'November 13 – 15, 2025 (the sources say: November 14 – 15, 2025)',
    );
    await expect(note.getByTestId('corrected-when')).toContainText('«The programme began on the evening of the 13th.»');
  });

  test('what cannot be applied is refused with a reason, and nothing is written', async () => {
    const first = (await events(writer)).find((e) => !e.corrections);
    const before = (await (await fetch(`${writer}/api/events/${encodeURIComponent(first!.id)}/history`)).json()) as {
      corrections: unknown[];
    };
    for (const [body, message] of [
      [{ op: 'set', field: 'when', value: 'some day soon' }, /not a date the app can read/],
      [{ op: 'set', field: 'participants', value: ['Nobody Atall'] }, /Unknown participant "Nobody Atall"/],
      [{ op: 'hide' }, /reason is required/],
      [{ op: 'revert', correction: 'c-nothing' }, /No correction "c-nothing"/],
      [{ op: 'set', field: '__proto__', value: 1 }, /"field" must be one of/],
    ] as const) {
      const res = await post(first!.id, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(message);
    }
    expect((await post(first!.id, { op: 'confirm' }, null)).status).toBe(401);
    expect((await post(first!.id, { op: 'confirm' }, 'a-wrong-token-of-some-length')).status).toBe(403);
    expect((await post('no-such-event', { op: 'confirm' })).status).toBe(404);
    // Two editors at once: the second saw no correction of this event, but one was made meanwhile.
    expect((await post(first!.id, { op: 'confirm', base: null })).status).toBe(201);
    const late = await post(first!.id, { op: 'set', field: 'status', value: 'announced', base: null });
    expect(late.status).toBe(409);
    expect(((await late.json()) as { error: string }).error).toMatch(/nothing of yours was written/);
    const after = (await (await fetch(`${writer}/api/events/${encodeURIComponent(first!.id)}/history`)).json()) as {
      corrections: unknown[];
    };
    expect(after.corrections).toHaveLength(before.corrections.length + 1);
  });

  test('an event hidden as not an event leaves the timeline, says why at its link, and a revert brings it back', async ({
    page,
  }) => {
    const untouched = (await events(writer)).filter((e) => !e.corrections);
    const target = untouched.find((e) => e.type === 'briefing') ?? untouched.at(-1)!;
    const hide = await post(target.id, {
      op: 'hide',
      reason: 'A press briefing about the visit, not a diplomatic event.',
    });
    expect(hide.status).toBe(201);
    const { id } = (await hide.json()) as { id: string };
    await expect
      .poll(async () => (await events(reader)).some((e) => e.id === target.id), { timeout: 2000 })
      .toBe(false);
    expect((await events(writer, '&hidden=1')).find((e) => e.id === target.id)).toMatchObject({ hidden: true });
    expect((await fetch(`${writer}/api/events?hidden=1`)).status).toBe(401);
    await page.goto(`${reader}/events/${encodeURIComponent(target.id)}?lang=en`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hidden by editors');
    await expect(page.getByTestId('hidden-event')).toContainText(
      '«A press briefing about the visit, not a diplomatic event.»',
    );

    const revert = await post(target.id, {
      op: 'revert',
      correction: id,
      reason: 'It was a joint statement after all.',
    });
    expect(revert.status).toBe(201);
    await expect.poll(async () => (await events(reader)).some((e) => e.id === target.id), { timeout: 2000 }).toBe(true);
    const history = (await (await fetch(`${reader}/api/events/${encodeURIComponent(target.id)}/history`)).json()) as {
      corrections: Array<{ id: string; op: { op: string }; inForce: boolean }>;
    };
    expect(history.corrections.map((c) => [c.op.op, c.inForce])).toEqual([
      ['hide', false],
      ['revert', true],
    ]);
  });

  test('an editor signs in, fixes a date with the form, hides an event with the keyboard and reverts it from its history; a reader sees each change', async ({
    page,
    browser,
  }) => {
    const target =
      (await events(writer)).find((e) => !e.corrections && e.type === 'talks') ??
      (await events(writer)).find((e) => !e.corrections)!;
    const eventPath = `/events/${encodeURIComponent(target.id)}?lang=en`;
    await page.goto(`${writer}/sign-in?lang=en`);
    await page.getByLabel('Name').fill(EDITOR.name);
    await page.getByLabel('Secret').fill('not-the-secret');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'That name and secret' })).toHaveText(
      'That name and secret do not match an editor.',
    );
    await page.getByLabel('Name').fill(EDITOR.name);
    await page.getByLabel('Secret').fill(EDITOR.secret);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('editor-badge')).toContainText('Editor: aigerim');
    const cookie = (await page.context().cookies()).find((c) => c.name === 'jylnama_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });

    await page.goto(`${writer}${eventPath}`);
    const fix = page.getByTestId('fix-when');
    await fix.getByLabel('Date').fill('12 November 2025');
    await fix.getByLabel('Why (shown with the change)').fill('The talks were on the 12th, as the ministry said.');
    await fix.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByTestId('correction-saved')).toBeVisible();
    await expect(page.getByTestId('corrected-when')).toContainText('November 12, 2025');
    await expect(page.getByTestId('corrected-when')).toContainText('by aigerim');

    // A form whose security token was tampered with is refused.
    await page
      .locator('[data-testid="confirm"] input[name="csrf"]')
      .evaluate((el) => ((el as HTMLInputElement).value = 'forged'));
    await page.getByRole('button', { name: 'Confirm: the sources are read right' }).click();
    await expect(page.getByTestId('correction-error')).toContainText('security token');

    // The API with the editor's session: the CSRF token is required, and the change is recorded under their name.
    await page.reload();
    const csrf = await page.locator('[data-testid="confirm"] input[name="csrf"]').inputValue();
    const apiUrl = `${writer}/api/events/${encodeURIComponent(target.id)}/corrections?lang=en`;
    expect((await page.request.post(apiUrl, { data: { op: 'confirm' } })).status()).toBe(403);
    const viaSession = await page.request.post(apiUrl, {
      data: { op: 'confirm', reason: 'checked against the ministry' },
      headers: { 'X-CSRF-Token': csrf },
    });
    expect(viaSession.status()).toBe(201);
    expect(((await viaSession.json()) as { event: ApiEvent }).event.corrections?.confirmed).toMatchObject({
      by: 'aigerim',
    });

    // A reader, in another browser (and on the other server over PostgreSQL): the corrected date, no controls.
    const readerContext = await browser.newContext();
    const readerPage = await readerContext.newPage();
    await readerPage.goto(`${reader}${eventPath}`);
    await expect(readerPage.getByTestId('corrected-when')).toContainText('November 12, 2025');
    await expect(readerPage.getByTestId('edit-event')).toHaveCount(0);
    await expect(readerPage.getByRole('link', { name: 'Sign in' })).toBeVisible();

    // h: the reason for hiding, typed, Enter.
    await page.goto(`${writer}${eventPath}`);
    await page.locator('body').press('h');
    await expect(page.locator('#hide-reason')).toBeFocused();
    await page.keyboard.type('Not a meeting: a summary of earlier talks.');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hidden by editors');
    await readerPage.goto(`${reader}${eventPath}`);
    await expect(readerPage.getByRole('heading', { level: 1 })).toHaveText('Hidden by editors');

    await page.goto(`${writer}/events/${encodeURIComponent(target.id)}/history?lang=en`);
    const entries = page.getByTestId('history-entry');
    await expect(entries).toHaveCount(3);
    await entries.nth(2).getByRole('button', { name: 'Revert' }).click();
    await expect(page.getByTestId('history-entry')).toHaveCount(4);
    await expect(page.getByTestId('history-entry').nth(2)).toHaveAttribute('data-in-force', 'false');
    await readerPage.goto(`${reader}${eventPath}`);
    await expect(readerPage.getByTestId('corrected-when')).toContainText('November 12, 2025');

    // The review queue: editors only; j moves to the first row.
    await readerPage.goto(`${reader}/review?lang=en`);
    await expect(readerPage).toHaveURL(/\/sign-in/);
    await page.goto(`${writer}/review?lang=en`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review');
    await page.locator('body').press('j');
    await expect(page.locator('.review-link').first()).toBeFocused();
    await readerContext.close();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByTestId('editor-badge')).toHaveCount(0);
  });

  test('two events merged into one: the other’s link leads to it; a source split off becomes an event of its own', async ({
    page,
  }) => {
    const all = await events(writer);
    const untouched = all.filter((e) => !e.corrections && !e.hidden);
    const [a, b] =
      untouched.filter((e) => e.type === untouched[0]!.type).length >= 2
        ? untouched.filter((e) => e.type === untouched[0]!.type)
        : untouched;
    expect((await post(a!.id, { op: 'merge', with: a!.id })).status).toBe(400);
    const merged = await post(a!.id, { op: 'merge', with: b!.id, reason: 'The same meeting, reported twice.' });
    expect(merged.status).toBe(201);
    const kept = ((await merged.json()) as { event: ApiEvent & { sources: unknown[] } }).event;
    await expect.poll(async () => (await events(reader)).some((e) => e.id === b!.id), { timeout: 2000 }).toBe(false);
    await page.goto(`${reader}/events/${encodeURIComponent(b!.id)}?lang=en`);
    await expect(page).toHaveURL(
      new RegExp(`/events/${encodeURIComponent(a!.id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
    await expect(page.getByTestId('corrections-structure')).toContainText(`Joined with ${b!.id}`);

    const withSources = (await (await fetch(`${writer}/api/events?lang=en`)).json()) as Array<
      ApiEvent & { sources: Array<{ articleId: string; start: number; end: number }> }
    >;
    const many = withSources.find((e) => e.id === kept.id)!;
    expect(many.sources.length).toBeGreaterThan(1);
    const source = many.sources.at(-1)!;
    const split = await post(many.id, { op: 'split', source, reason: 'A separate meeting that day.' });
    expect(split.status).toBe(201);
    const alone = `${many.id}~${source.articleId}-${source.start}`;
    await expect.poll(async () => (await events(reader)).some((e) => e.id === alone), { timeout: 2000 }).toBe(true);
    expect((await post(alone, { op: 'split', source })).status).toBe(400);
  });

  test('an editor selects text in an article and attaches its sentence to an event', async ({ page }) => {
    await page.goto(`${writer}/sign-in?lang=en`);
    await page.getByLabel('Name').fill(EDITOR.name);
    await page.getByLabel('Secret').fill(EDITOR.secret);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('editor-badge')).toBeVisible();
    const target = (await events(writer)).find((e) => !e.corrections)!;
    const { articles } = (await (await fetch(`${writer}/api/articles`)).json()) as { articles: Array<{ id: string }> };
    const article = (await (await fetch(`${writer}/api/articles/${encodeURIComponent(articles[0]!.id)}`)).json()) as {
      id: string;
      text: string;
      body: { start: number };
      sentences: Array<{ start: number; end: number }>;
    };
    const sentence = article.sentences.find((x) => x.start >= article.body.start + 40)!;
    await page.goto(`${writer}/articles/${encodeURIComponent(article.id)}?lang=en`);
    // Select a few words inside that sentence, as a mouse would.
    await page.evaluate(
      ({ from, to }) => {
        const root = document.querySelector('[data-article-text]')!;
        const segments = [...root.querySelectorAll<HTMLElement>('[data-start]')];
        const locate = (offset: number): [Node, number] => {
          const segment = segments.filter((s) => Number(s.dataset.start) <= offset).at(-1)!;
          let left = offset - Number(segment.dataset.start);
          const walker = document.createTreeWalker(segment, NodeFilter.SHOW_TEXT);
          for (let t = walker.nextNode(); t; t = walker.nextNode()) {
            const n = t.textContent?.length ?? 0;
            if (left <= n) return [t, left];
            left -= n;
          }
          throw new Error('offset not found');
        };
        const range = document.createRange();
        range.setStart(...locate(from));
        range.setEnd(...locate(to));
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
      },
      { from: sentence.start + 3, to: sentence.start + 12 },
    );
    const form = page.getByTestId('attach-selection');
    await expect(form).toContainText(article.text.slice(sentence.start + 3, sentence.start + 12));
    await form.getByLabel('Event (its id)').fill(target.id);
    await form.getByRole('button', { name: 'Attach' }).click();
    await expect(page).toHaveURL(new RegExp(`/events/`));
    await expect(page.getByTestId('corrections-structure')).toContainText(
      `A sentence of ${article.id} added as a source`,
    );
    const after = (await (await fetch(`${writer}/api/events?lang=en`)).json()) as Array<{
      id: string;
      sources: Array<{ articleId: string; start: number; end: number; quote: string }>;
    }>;
    const added = after
      .find((e) => e.id === target.id)!
      .sources.find((x) => x.articleId === article.id && x.start === sentence.start)!;
    expect(added.quote).toBe(article.text.slice(sentence.start, sentence.end));
  });

  test('a correction whose article is removed is not dropped: it is listed as orphaned on the review page', async ({
    page,
  }) => {
    const all = (await (await fetch(`${writer}/api/events?lang=en`)).json()) as Array<
      ApiEvent & { sources: Array<{ articleId: string }> }
    >;
    const { articles } = (await (await fetch(`${writer}/api/articles`)).json()) as {
      articles: Array<{ id: string; fileName: string }>;
    };
    // An event all of whose sentences are in one article: with the article gone, nothing is left to anchor to.
    const lone = all.find((e) => !e.corrections && new Set(e.sources.map((s) => s.articleId)).size === 1)!;
    const made = await post(lone.id, {
      op: 'set',
      field: 'status',
      value: 'reported',
      reason: 'Orphan to be: its article goes.',
    });
    expect(made.status).toBe(201);
    const file = articles.find((a) => a.id === lone.sources[0]!.articleId)!.fileName;
    rmSync(path.join(articlesFolder, file));
    await expect
      .poll(
        async () => ((await (await fetch(`${writer}/api/articles`)).json()) as { articles: unknown[] }).articles.length,
        { timeout: 15_000 },
      )
      .toBe(articles.length - 1);
    await page.goto(`${writer}/sign-in?lang=en`);
    await page.getByLabel('Name').fill(EDITOR.name);
    await page.getByLabel('Secret').fill(EDITOR.secret);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('editor-badge')).toBeVisible();
    await page.goto(`${writer}/review?lang=en`);
    const orphan = page
      .getByTestId('review-row')
      .filter({ hasText: 'A correction whose event is gone' })
      .filter({ hasText: 'Orphan to be' });
    await expect(orphan).toContainText('«Orphan to be: its article goes.»');
    await expect(orphan).toContainText(lone.id);
  });
});
