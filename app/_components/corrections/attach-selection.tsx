'use client';

import { useEffect, useState } from 'react';

interface Props {
  articleId: string;
  csrf: string;
  lang: string;
  labels: { heading: string; event: string; reason: string; attach: string };
  /** The server action of the event page's forms (correct-event.ts). */
  action: (form: FormData) => Promise<void>;
}

/** The character offset in the article of a point in the rendered text (segments carry `data-start`). */
function offsetOf(node: Node, offset: number): number | null {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const segment = element?.closest<HTMLElement>('[data-start]');
  if (!segment) return null;
  let before = 0;
  const walker = document.createTreeWalker(segment, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (t === node) return Number(segment.dataset.start) + before + offset;
    before += t.textContent?.length ?? 0;
  }
  // An element boundary (a selection ending at a mark): its start.
  return Number(segment.dataset.start) + (node === segment ? 0 : before);
}

/**
 * For an editor on an article page: select text in the article, and attach its sentence to an event. The form is
 * a plain POST to the same action as the event page's; this leaf only fills in where the selection is.
 */
export function AttachSelection({ articleId, csrf, lang, labels, action }: Props) {
  const [span, setSpan] = useState<{ start: number; end: number; text: string } | null>(null);
  useEffect(() => {
    const onSelection = () => {
      const selection = document.getSelection();
      if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
      const range = selection.getRangeAt(0);
      if (
        !range.commonAncestorContainer.parentElement?.closest('[data-article-text]') &&
        !(range.commonAncestorContainer as Element).closest?.('[data-article-text]')
      )
        return;
      const start = offsetOf(range.startContainer, range.startOffset);
      const end = offsetOf(range.endContainer, range.endOffset);
      if (start !== null && end !== null && end > start)
        setSpan({ start, end, text: selection.toString().slice(0, 160) });
    };
    document.addEventListener('selectionchange', onSelection);
    return () => document.removeEventListener('selectionchange', onSelection);
  }, []);
  if (!span) return null;
  return (
    <form
      action={action}
      className="sticky bottom-2 mt-4 space-y-2 rounded border border-accent/40 bg-white p-3 shadow"
      data-testid="attach-selection"
    >
      <p className="font-medium">{labels.heading}</p>
      <p className="text-sm">«{span.text}»</p>
      <input type="hidden" name="op" value="attach" />
      <input type="hidden" name="csrf" value={csrf} />
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="source" value={`${articleId}|${span.start}|${span.end}`} />
      <label className="block text-sm">
        <span className="block font-medium">{labels.event}</span>
        <input name="eventId" required className="mt-1 w-full rounded border border-ink/30 px-3 py-2" />
      </label>
      <label className="block text-sm">
        <span className="block font-medium">{labels.reason}</span>
        <input name="reason" maxLength={1000} className="mt-1 w-full rounded border border-ink/30 px-3 py-2" />
      </label>
      <button type="submit" className="rounded bg-accent px-3 py-1.5 font-medium text-white hover:bg-accent-dark">
        {labels.attach}
      </button>
    </form>
  );
}
