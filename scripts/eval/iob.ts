/** A sentence of an IOB2 (CoNLL) file: its tokens and their tags. */
export interface IobSentence {
  tokens: string[];
  tags: string[];
}

/** `token TAG` a line, a blank line between sentences. */
export function parseIob(content: string): IobSentence[] {
  const sentences: IobSentence[] = [];
  let current: IobSentence = { tokens: [], tags: [] };
  for (const line of content.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === '') {
      if (current.tokens.length) sentences.push(current);
      current = { tokens: [], tags: [] };
      continue;
    }
    const cut = trimmed.lastIndexOf(' ');
    current.tokens.push(cut > 0 ? trimmed.slice(0, cut) : trimmed);
    current.tags.push(cut > 0 ? trimmed.slice(cut + 1) : 'O');
  }
  if (current.tokens.length) sentences.push(current);
  return sentences;
}

/** Entity spans of the given types, on token indices (end exclusive). */
export function iobSpans(tags: string[], types: readonly string[]): Array<{ start: number; end: number; type: string }> {
  const spans: Array<{ start: number; end: number; type: string }> = [];
  let open: { start: number; type: string } | null = null;
  const close = (end: number) => {
    if (open) spans.push({ start: open.start, end, type: open.type });
    open = null;
  };
  tags.forEach((tag, i) => {
    const [prefix, type = ''] = tag.split('-', 2) as [string, string?];
    if (prefix === 'B' || (prefix === 'I' && (!open || open.type !== type))) {
      close(i);
      if (types.includes(type)) open = { start: i, type };
    } else if (prefix !== 'I') close(i);
  });
  close(tags.length);
  return spans;
}

/** Join tokens with single spaces, remembering where each token starts. */
export function joinTokens(tokens: string[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  let text = '';
  for (const t of tokens) {
    if (text) text += ' ';
    starts.push(text.length);
    text += t;
  }
  return { text, starts };
}

/** The tokens a character span covers, as a half-open token range. */
export function charSpanToTokens(starts: number[], tokens: string[], start: number, end: number): { start: number; end: number } {
  let first = -1;
  let last = -1;
  tokens.forEach((tok, i) => {
    const s = starts[i] ?? 0;
    const e = s + tok.length;
    if (s < end && start < e) {
      if (first < 0) first = i;
      last = i;
    }
  });
  return { start: first, end: last + 1 };
}
