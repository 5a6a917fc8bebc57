import { test as base, expect, type BrowserContext, type ConsoleMessage } from '@playwright/test';

export { expect };
export {
  BAD_FILES as HOSTILE_BAD_FILES,
  HUGE_FILE as HOSTILE_HUGE_FILE,
  ODD_FILES as HOSTILE_ODD_FILES,
  XSS_ARTICLE_ID,
  XSS_IMG,
  XSS_LINK,
  XSS_SCRIPT,
  XSS_SENTENCE,
  XSS_TITLE,
} from '../scripts/prepare-hostile-seeds.mjs';

/**
 * Every spec imports `test` and `expect` from here, never from '@playwright/test'.
 *
 * The auto fixture `consoleGuard` fails a test when any page of its browser context logged a console message of
 * type `error` or threw an uncaught error (`pageerror`), and lists each one in the failure. Nothing is ignored by
 * default.
 *
 * Opt-in allowlist, for a spec that deliberately causes a console error, e.g. one that opens a page that answers
 * 404 (Chromium then logs "Failed to load resource: the server responded with a status of 404"):
 *
 *   test.describe('unknown ids', () => {
 *     test.use({ allowConsoleErrors: [/Failed to load resource: the server responded with a status of 404/] });
 *     ...
 *   });
 *
 * Each pattern is tested against `<message text> [<url of the page or script that logged it>]` (the text alone
 * when there is no url). Keep it narrow
 * and scoped to the describe block that needs it. Uncaught page errors cannot be allowlisted.
 */
export interface ConsoleGuardOptions {
  allowConsoleErrors: RegExp[];
}

function describeConsole(msg: ConsoleMessage): string {
  const { url, lineNumber } = msg.location();
  return url ? `${msg.text()} [${url}${lineNumber ? `:${lineNumber}` : ''}]` : msg.text();
}

/**
 * Starts collecting a context's console errors (less the allowlisted ones) and uncaught page errors; the returned
 * array fills as they happen. The auto fixture below uses it; e2e/console-guard.spec.ts tests it.
 */
export function watchBrowserErrors(context: BrowserContext, allowConsoleErrors: readonly RegExp[] = []): string[] {
  const problems: string[] = [];
  context.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const line = describeConsole(msg);
    if (allowConsoleErrors.some((re) => re.test(line))) return;
    problems.push(`console.error: ${line}`);
  });
  context.on('weberror', (webError) => {
    const err = webError.error();
    problems.push(`pageerror: ${err.stack ?? err.message}`);
  });
  return problems;
}

export const test = base.extend<ConsoleGuardOptions & { consoleGuard: void }>({
  allowConsoleErrors: [[], { option: true }],

  consoleGuard: [
    async ({ context, allowConsoleErrors }, use, testInfo) => {
      const problems = watchBrowserErrors(context, allowConsoleErrors);
      await use();
      if (problems.length > 0) {
        const report = problems.map((p, i) => `  ${i + 1}. ${p}`).join('\n');
        await testInfo.attach('browser-errors', { body: report, contentType: 'text/plain' });
        throw new Error(`The browser reported ${problems.length} error(s) during "${testInfo.title}":\n${report}`);
      }
    },
    { auto: true },
  ],
});
