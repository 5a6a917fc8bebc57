/**
 * Where the paragraph holding a position starts. Grammars ask this once per sentence; a search back for the line
 * break each time is quadratic in a text that is one long paragraph (a 1 MB "article" took most of a minute), so
 * the line starts of the last text asked about are kept and searched by halves.
 */
let known: { text: string; starts: number[] } | null = null;

export function paragraphStart(text: string, at: number): number {
  if (known?.text !== text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    known = { text, starts };
  }
  const { starts } = known;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return starts[lo]!;
}

/** A paragraph that opens with a dash is direct speech (the Kazakh and Russian convention). */
export function opensWithDash(text: string, sentence: { start: number; end: number }): boolean {
  const start = paragraphStart(text, sentence.start);
  return /^\s*[—–-]\s/.test(text.slice(start, Math.min(sentence.end, start + 64)));
}
