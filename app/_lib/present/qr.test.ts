import { describe, expect, it } from 'vitest';
import { decodeQrPath } from '@/test/qr-decode';
import { darkModules, qrDrawing } from './qr';

describe('qrDrawing', () => {
  for (const url of [
    'http://localhost:3320/events/2025-11-14-state-visit-kz-uz?lang=en',
    'https://jylnama.example/events/2024-07-03-summit-sco',
  ]) {
    it(`draws a code a reader decodes back to ${url}`, () => {
      const { size, path } = qrDrawing(url);
      expect(decodeQrPath(path, size)).toBe(url);
    });
  }

  it('keeps a quiet zone of four light modules on every side', () => {
    const { size, path } = qrDrawing('https://jylnama.example/events/x');
    const cells = [...darkModules(path)].map((k) => k.split(',').map(Number) as [number, number]);
    expect(Math.min(...cells.flat())).toBe(4);
    expect(Math.max(...cells.flat())).toBe(size - 5);
  });

  it('draws different permalinks differently', () => {
    expect(qrDrawing('https://jylnama.example/events/a').path).not.toBe(
      qrDrawing('https://jylnama.example/events/b').path,
    );
  });
});
