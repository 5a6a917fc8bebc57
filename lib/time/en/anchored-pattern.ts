/**
 * Fast search for the English parsers' patterns. A pattern whose every match holds a known word (a unit, a month, `ago`)
 * is searched from that word instead of being tried at every position: see AnchoredRegExp.
 */
const WORD_CHAR = /[\p{L}\p{N}]/u;

function isAsciiWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A letter or digit, as the patterns' word-start lookbehind sees it; the Unicode test only past ASCII. */
function isWordChar(c: number): boolean {
  if (c < 128) return isAsciiWordChar(c);
  return WORD_CHAR.test(String.fromCharCode(c));
}

/**
 * A pattern found from its anchor: every match contains a word from `anchor` (`year`, `ago`, a month name) that
 * starts at most `reach` characters after the match does. Instead of trying the full pattern at every position of
 * the input, the anchor (a plain word list, which the engine scans fast) is found first and the pattern is tried,
 * sticky, only at the word starts just before it. Matches are the same as the full pattern's, in the same order.
 */
class AnchoredRegExp extends RegExp {
  private readonly atPosition: RegExp;

  constructor(
    source: string | RegExp,
    flags?: string,
    private readonly anchor?: RegExp,
    private readonly reach = 0,
    private readonly anchorAtWordStart = false,
  ) {
    super(source, flags);
    this.atPosition = new RegExp(source, (flags ?? '').replace('g', '') + 'y');
  }

  override exec(input: string): RegExpExecArray | null {
    if (!this.anchor) return super.exec(input);
    const from = this.lastIndex;
    let tried = from - 1;
    this.anchor.lastIndex = from;
    for (let a = this.anchor.exec(input); a; a = this.anchor.exec(input)) {
      // Overlapping anchors (`day` in `today`) are all visited: the next search starts one character on.
      this.anchor.lastIndex = a.index + 1;
      if (this.anchorAtWordStart && a.index > 0 && isAsciiWordChar(input.charCodeAt(a.index - 1))) continue;
      for (let s = Math.max(tried + 1, a.index - this.reach); s <= a.index; s++) {
        if (s > 0 && isWordChar(input.charCodeAt(s - 1))) continue;
        this.atPosition.lastIndex = s;
        const m = this.atPosition.exec(input);
        if (m) {
          this.lastIndex = this.atPosition.lastIndex;
          return m;
        }
      }
      tried = Math.max(tried, a.index);
    }
    this.lastIndex = 0;
    return null;
  }
}

/**
 * `new RegExp(source, 'giu')`, searched from `anchor` (see AnchoredRegExp): a regex source, best a plain list of
 * words (`year|month|week`), so that the engine can scan for it quickly. With `wordStart`, only anchors that start a
 * word count (`now`, not the end of `know`): checked here, as a lookbehind would slow the scan.
 */
export function anchored(source: string, anchor: string, reach: number, options: { wordStart?: boolean } = {}): RegExp {
  return new AnchoredRegExp(source, 'giu', new RegExp(anchor, 'gi'), reach, options.wordStart ?? false);
}
