import { TYPE_COLOURS } from '@/app/_lib/og/type-colours';
import type { EventType } from '@/lib/events/types';

/** What is written around the picture of the timeline: so that a PNG passed on says what it is and where it came from. */
export interface PngFrame {
  title: string;
  /** The period on screen, in words. */
  period: string;
  legendTitle: string;
  legend: { type: EventType; label: string }[];
  /** "Jylnama — <origin> — generated <date>". */
  attribution: string;
}

const FONT = '"Noto Sans", system-ui, sans-serif';
const INK = '#111827';
const SOFT = '#4b5563';

/**
 * The event types drawn in the visible part of the timeline, in the legend's order, named as the page's legend
 * names them.
 */
export function shownTypes(timeline: HTMLElement, legend: HTMLElement | null): { type: EventType; label: string }[] {
  const box = timeline.getBoundingClientRect();
  const seen = new Set<string>();
  for (const item of timeline.querySelectorAll<HTMLElement>('.vis-item.ev')) {
    const r = item.getBoundingClientRect();
    if (r.right < box.left || r.left > box.right || r.width === 0) continue;
    const type = /\bt-([a-z-]+)/.exec(item.className)?.[1];
    if (type && type in TYPE_COLOURS) seen.add(type);
  }
  return (Object.keys(TYPE_COLOURS) as EventType[])
    .filter((type) => seen.has(type))
    .map((type) => ({ type, label: legend?.querySelector(`[data-type="${type}"]`)?.textContent?.trim() || type }));
}

/**
 * Draws the timeline element as it is on screen, framed by a title, the period, a legend of the types shown and
 * an attribution line, into a PNG and downloads it. html-to-image is loaded only when asked for, so it stays out
 * of the page's bundle.
 */
export async function downloadPng(element: HTMLElement, fileName: string, frame: PngFrame): Promise<void> {
  const { toCanvas } = await import('html-to-image');
  const ratio = Math.max(2, window.devicePixelRatio || 1);
  const shot = await toCanvas(element, {
    backgroundColor: '#ffffff',
    pixelRatio: ratio,
    cacheBust: false,
    // The focus ring and the loading note are not part of the picture.
    filter: (node) => !(node instanceof HTMLElement && node.dataset.pngSkip === 'true'),
  });
  const url = framed(shot, frame, ratio).toDataURL('image/png');
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
}

/** The picture on a larger white canvas: title and period above, legend and attribution below. */
function framed(shot: HTMLCanvasElement, frame: PngFrame, ratio: number): HTMLCanvasElement {
  const pad = 16 * ratio;
  const width = shot.width + 2 * pad;
  const measure = document.createElement('canvas').getContext('2d');
  if (!measure) return shot;
  const swatch = 12 * ratio;
  const legendLine = 22 * ratio;
  // Lay the legend out first (it wraps), to know how tall the canvas must be.
  measure.font = `${13 * ratio}px ${FONT}`;
  const titleWidth = measure.measureText(`${frame.legendTitle}:`).width + 10 * ratio;
  const entries: { x: number; row: number; type: EventType; label: string }[] = [];
  let x = pad + titleWidth;
  let row = 0;
  for (const e of frame.legend) {
    const w = swatch + 6 * ratio + measure.measureText(e.label).width + 16 * ratio;
    if (x + w > width - pad && x > pad + titleWidth) {
      row += 1;
      x = pad + titleWidth;
    }
    entries.push({ x, row, ...e });
    x += w;
  }
  const head = pad + 28 * ratio + 22 * ratio;
  const legendTop = head + shot.height + 14 * ratio;
  const rows = Math.max(1, row + 1);
  const height = legendTop + rows * legendLine + 14 * ratio + 18 * ratio + pad;

  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = Math.ceil(height);
  const c = canvas.getContext('2d');
  if (!c) return shot;
  c.fillStyle = '#ffffff';
  c.fillRect(0, 0, width, canvas.height);
  c.textBaseline = 'alphabetic';
  c.fillStyle = INK;
  c.font = `bold ${20 * ratio}px ${FONT}`;
  c.fillText(frame.title, pad, pad + 20 * ratio, width - 2 * pad);
  c.fillStyle = SOFT;
  c.font = `${14 * ratio}px ${FONT}`;
  c.fillText(frame.period, pad, pad + 42 * ratio, width - 2 * pad);
  c.drawImage(shot, pad, head);

  c.font = `${13 * ratio}px ${FONT}`;
  c.textBaseline = 'middle';
  c.fillStyle = INK;
  c.fillText(`${frame.legendTitle}:`, pad, legendTop + legendLine / 2);
  for (const e of entries) {
    const y = legendTop + e.row * legendLine + legendLine / 2;
    c.fillStyle = TYPE_COLOURS[e.type];
    c.fillRect(e.x, y - swatch / 2, swatch, swatch);
    c.fillStyle = INK;
    c.fillText(e.label, e.x + swatch + 6 * ratio, y);
  }
  c.fillStyle = SOFT;
  c.font = `${12 * ratio}px ${FONT}`;
  c.fillText(frame.attribution, pad, legendTop + rows * legendLine + 14 * ratio, width - 2 * pad);
  return canvas;
}
