import 'server-only';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

type Weight = 400 | 700;
export interface OgFont {
  name: string;
  data: ArrayBuffer;
  weight: Weight;
  style: 'normal';
}

/**
 * Noto Sans (SIL OFL, from @fontsource/noto-sans) for `next/og`, which takes ttf, otf or woff: the Latin,
 * Cyrillic and Cyrillic Extended subsets, so that Kazakh letters (ә ғ қ ң ө ұ ү һ і) are drawn, not boxes.
 */
const SUBSETS = ['latin', 'cyrillic', 'cyrillic-ext'] as const;

/** The CSS font-family list that reaches every subset (next/og picks, per character, a font that has it). */
export const OG_FONT_FAMILY = SUBSETS.map((s) => `Noto Sans ${s}`).join(', ');

let cached: Promise<OgFont[]> | null = null;

function filesDir(): string {
  try {
    const require = createRequire(import.meta.url);
    return path.join(path.dirname(require.resolve('@fontsource/noto-sans/package.json')), 'files');
  } catch {
    return path.join(process.cwd(), 'node_modules', '@fontsource', 'noto-sans', 'files');
  }
}

export function ogFonts(): Promise<OgFont[]> {
  cached ??= (async () => {
    const dir = filesDir();
    const fonts: OgFont[] = [];
    for (const weight of [400, 700] as const) {
      for (const subset of SUBSETS) {
        const buf = await readFile(path.join(dir, `noto-sans-${subset}-${weight}-normal.woff`));
        fonts.push({
          name: `Noto Sans ${subset}`,
          data: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer,
          weight,
          style: 'normal',
        });
      }
    }
    return fonts;
  })();
  return cached;
}
