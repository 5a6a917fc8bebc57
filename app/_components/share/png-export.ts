/**
 * Draws the timeline element as it is on screen into a PNG and downloads it. html-to-image is loaded only when
 * asked for, so it stays out of the page's bundle.
 */
export async function downloadPng(element: HTMLElement, fileName: string): Promise<void> {
  const { toPng } = await import('html-to-image');
  const url = await toPng(element, {
    backgroundColor: '#ffffff',
    pixelRatio: Math.max(2, window.devicePixelRatio || 1),
    cacheBust: false,
    // The focus ring and the loading note are not part of the picture.
    filter: (node) => !(node instanceof HTMLElement && node.dataset.pngSkip === 'true'),
  });
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
}
