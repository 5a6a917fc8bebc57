import { useMemo } from 'react';
import { qrDrawing } from '@/app/_lib/present/qr';

/**
 * A QR code of `text` drawn as SVG elements (a white square and one path of dark modules), named for assistive
 * technology by `label`. `data-qr-size` is the drawing's size in modules, for a test that decodes the path.
 */
export function QrCode({ text, label, className }: { text: string; label: string; className?: string }) {
  const { size, path } = useMemo(() => qrDrawing(text), [text]);
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
      className={className}
      data-testid="qr-code"
      data-qr-size={size}
    >
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
