import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChromium } from './find-chromium.mjs';

const dir = mkdtempSync(path.join(tmpdir(), 'jylnama-find-chromium-'));
function fakeBrowser(name: string, mode = 0o755): string {
  const file = path.join(dir, name);
  writeFileSync(file, '#!/bin/sh\n');
  chmodSync(file, mode);
  return file;
}
const missing = path.join(dir, 'missing');
const none = async () => null;

describe('findChromium', () => {
  it('prefers CHROMIUM_PATH', async () => {
    const explicit = fakeBrowser('explicit');
    const system = fakeBrowser('system');
    expect(await findChromium({ env: { CHROMIUM_PATH: explicit }, systemPath: system, playwrightPath: none })).toEqual({
      ok: true,
      path: explicit,
      source: 'CHROMIUM_PATH',
    });
  });

  it('refuses a CHROMIUM_PATH that is not an executable file, naming it', async () => {
    const system = fakeBrowser('system2');
    const found = await findChromium({ env: { CHROMIUM_PATH: missing }, systemPath: system, playwrightPath: none });
    expect(found.ok).toBe(false);
    if (!found.ok) expect(found.message).toContain(missing);
    const notExecutable = fakeBrowser('not-executable', 0o644);
    expect(
      (await findChromium({ env: { CHROMIUM_PATH: notExecutable }, systemPath: system, playwrightPath: none })).ok,
    ).toBe(false);
  });

  it('then the system Chromium, then Playwright’s own', async () => {
    const system = fakeBrowser('system3');
    const own = fakeBrowser('playwright-chrome');
    expect(await findChromium({ env: {}, systemPath: system, playwrightPath: async () => own })).toMatchObject({
      path: system,
      source: 'system',
    });
    expect(await findChromium({ env: {}, systemPath: missing, playwrightPath: async () => own })).toMatchObject({
      path: own,
      source: 'playwright',
    });
  });

  it('says what to install when there is none', async () => {
    const found = await findChromium({ env: {}, systemPath: missing, playwrightPath: async () => missing });
    expect(found.ok).toBe(false);
    if (found.ok) return;
    expect(found.message).toContain('apt-get install chromium');
    expect(found.message).toContain('npx playwright install chromium');
    expect(found.message).toContain('CHROMIUM_PATH');
  });
});
