import { create } from 'qrcode';

/** Light modules around the code, as the QR standard asks, so that a camera finds its edges. */
export const QUIET_ZONE = 4;

/** A QR code drawn as one SVG path: a unit square per dark module, offset by the quiet zone. */
export interface QrDrawing {
  /** Width and height in modules, quiet zone included. */
  size: number;
  path: string;
}

/**
 * The QR code of `text` (a permalink) from the `qrcode` library's module matrix, as path data React can draw as
 * an SVG element: no markup string, nothing injected. Pure: the server and the browser draw it alike.
 */
export function qrDrawing(text: string): QrDrawing {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  let path = '';
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      if (modules.get(x, y)) path += `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z`;
    }
  }
  return { size: n + 2 * QUIET_ZONE, path };
}

/** The dark modules a drawing's path holds, as `x,y` keys (to check a drawing back against a matrix). */
export function darkModules(path: string): Set<string> {
  return new Set([...path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((m) => `${m[1]},${m[2]}`));
}
