import { cpSync, mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parserSourceHash } from './parser-hash.mjs';

const root = mkdtempSync(path.join(tmpdir(), 'jylnama-hash-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('parserSourceHash', () => {
  it('changes when parser source changes, not when tests or fixtures do', () => {
    cpSync(path.resolve(__dirname, '../lib/article'), path.join(root, 'lib/article'), { recursive: true });
    const h0 = parserSourceHash(root);
    expect(h0).toMatch(/^[0-9a-f]{16}$/);
    writeFileSync(path.join(root, 'lib/article/extra.test.ts'), 'test');
    writeFileSync(path.join(root, 'lib/fixtures.txt'), 'x');
    expect(parserSourceHash(root)).toBe(h0);
    appendFileSync(path.join(root, 'lib/article/header.ts'), '\n// changed\n');
    expect(parserSourceHash(root)).not.toBe(h0);
  });
});
