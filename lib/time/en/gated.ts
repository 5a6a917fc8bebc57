/**
 * A pattern that first asks a cheap question of the whole input: a parser none of whose key words (`century`, a
 * month name) occurs in a sentence is skipped after a few substring tests, instead of being tried at every word.
 * The key words must cover every match of the pattern; they sit beside the pattern in each parser file.
 */

// The lower-cased input, shared by all gates: the tagger runs every parser on the same sentence in turn.
let lastInput: string | null = null;
let lastLower = '';

function lower(input: string): string {
  if (input !== lastInput) {
    lastInput = input;
    lastLower = input.toLowerCase();
  }
  return lastLower;
}

class GatedRegExp extends RegExp {
  private gateInput: string | null = null;
  private open = true;

  constructor(
    source: string | RegExp,
    flags?: string,
    private readonly keys?: readonly string[],
  ) {
    super(source, flags);
  }

  override exec(input: string): RegExpExecArray | null {
    if (this.keys && input !== this.gateInput) {
      this.gateInput = input;
      const text = lower(input);
      this.open = this.keys.some((k) => text.includes(k));
    }
    return this.open ? super.exec(input) : null;
  }
}

/** `new RegExp(source, 'giu')`, skipped on inputs that contain none of `keys` (lower case substrings). */
export function gated(source: string, keys: readonly string[]): RegExp {
  return new GatedRegExp(source, 'giu', keys);
}
