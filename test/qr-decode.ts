import jsQR from 'jsqr';
import { darkModules } from '../app/_lib/present/qr';

/**
 * Reads a drawn QR code back as a phone would: paints the path's modules black on white (`scale` pixels each) and
 * hands the pixels to an independent decoder (jsQR). Null when nothing decodes.
 */
export function decodeQrPath(path: string, size: number, scale = 6): string | null {
  const width = size * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const key of darkModules(path)) {
    const [mx, my] = key.split(',').map(Number) as [number, number];
    for (let y = my * scale; y < (my + 1) * scale; y++) {
      for (let x = mx * scale; x < (mx + 1) * scale; x++) {
        const i = (y * width + x) * 4;
        data[i] = data[i + 1] = data[i + 2] = 0;
      }
    }
  }
  return jsQR(data, width, width)?.data ?? null;
}
