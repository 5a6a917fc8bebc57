import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { SourceFile } from '../corpus/build-corpus';

/** The seed files as the app reads them (tests may do I/O; lib code may not). */
export function seedFiles(): SourceFile[] {
  const dir = path.resolve(__dirname, '../../seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((fileName) => ({ fileName, bytes: new Uint8Array(readFileSync(path.join(dir, fileName))) }));
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
