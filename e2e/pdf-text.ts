import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Each page of a PDF: its text (as PDF.js extracts it, items joined by spaces) and its width in points. */
export async function pdfPages(pdf: Buffer): Promise<{ text: string; width: number }[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const pages: { text: string; width: number }[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    pages.push({ text, width: page.view[2] ?? 0 });
  }
  await doc.destroy();
  return pages;
}
