/**
 * The first two characters a match of a regular expression can start with, read from its source: a prefilter that
 * saves trying a pattern where it cannot match (most word starts near a trigger word begin with two letters no match
 * of that pattern begins with). The answer may be too wide, never too narrow: lookarounds are taken as empty,
 * repetitions as any number, negated classes and Unicode properties as wide as they could be. Only ASCII is told
 * apart: a character past ASCII is always let through (case folding maps `ſ` to `s` and the Kelvin sign to `k`, and
 * the patterns' own `’`, `½` and no-break spaces are there), and so is any second character when a match can be one
 * character long. A source it does not read gives null: no prefilter, never a wrong one; so do flags other than
 * the `u` syntax it reads (without `u`, `\p{N}` is three letters and case folding differs).
 */
export interface FirstChars {
  /** 1 at the ASCII codes a match can start with. */
  first: Uint8Array;
  /** 1 at `c0 * 128 + c1` where a match can start with the ASCII characters `c0`, `c1`. */
  pairs: Uint8Array;
}

export function firstChars(source: string, flags: string): FirstChars | null {
  if (!flags.includes('u') || flags.includes('v')) return null;
  let node: Node;
  try {
    const reader = new SourceReader(source, flags.includes('i'));
    node = reader.alternatives();
    if (reader.at < source.length) return null;
  } catch {
    return null;
  }
  // A pattern that can match the empty string can match anywhere.
  if (nullable(node)) return null;
  const pairs = new Uint8Array(ASCII * ASCII);
  addPairs(node, all(), pairs);
  return { first: first(node), pairs };
}

const ASCII = 128;

/** A pattern read as far as first characters go: characters, sequences, alternatives, repetitions, empty checks. */
type Node =
  | { kind: 'chars'; chars: Uint8Array }
  | { kind: 'sequence'; items: Node[] }
  | { kind: 'alternatives'; options: Node[] }
  | { kind: 'repeat'; item: Node; min: number }
  | { kind: 'empty' };

function nullable(node: Node): boolean {
  switch (node.kind) {
    case 'chars':
      return false;
    case 'empty':
      return true;
    case 'sequence':
      return node.items.every(nullable);
    case 'alternatives':
      return node.options.some(nullable);
    case 'repeat':
      return node.min === 0 || nullable(node.item);
  }
}

/** The ASCII characters a match of `node` can start with. */
function first(node: Node): Uint8Array {
  switch (node.kind) {
    case 'chars':
      return node.chars;
    case 'empty':
      return none();
    case 'repeat':
      return first(node.item);
    case 'alternatives': {
      const out = none();
      for (const o of node.options) union(out, first(o));
      return out;
    }
    case 'sequence': {
      const out = none();
      for (const item of node.items) {
        union(out, first(item));
        if (!nullable(item)) break;
      }
      return out;
    }
  }
}

/**
 * Marks in `pairs` the first two characters of a match of `node` followed by something that starts with one of
 * `follow` (all characters when the match may end there).
 */
function addPairs(node: Node, follow: Uint8Array, pairs: Uint8Array): void {
  switch (node.kind) {
    case 'chars':
      for (let c0 = 0; c0 < ASCII; c0++) {
        if (!node.chars[c0]) continue;
        for (let c1 = 0; c1 < ASCII; c1++) if (follow[c1]) pairs[c0 * ASCII + c1] = 1;
      }
      return;
    case 'empty':
      return;
    case 'repeat': {
      // Taken as any number of repetitions: the item may be followed by itself.
      const after = none();
      union(after, first(node.item));
      union(after, follow);
      addPairs(node.item, after, pairs);
      return;
    }
    case 'alternatives':
      for (const o of node.options) addPairs(o, follow, pairs);
      return;
    case 'sequence': {
      // Each item followed by what can start the rest (and what follows the sequence, as far as the rest is empty).
      let rest = follow;
      const follows: Uint8Array[] = [];
      for (let k = node.items.length - 1; k >= 0; k--) {
        follows[k] = rest;
        const item = node.items[k]!;
        const before = nullable(item) ? copy(rest) : none();
        union(before, first(item));
        rest = before;
      }
      for (let k = 0; k < node.items.length; k++) {
        addPairs(node.items[k]!, follows[k]!, pairs);
        if (!nullable(node.items[k]!)) break;
      }
      return;
    }
  }
}

function none(): Uint8Array {
  return new Uint8Array(ASCII);
}

function all(): Uint8Array {
  return new Uint8Array(ASCII).fill(1);
}

function copy(set: Uint8Array): Uint8Array {
  return Uint8Array.from(set);
}

function range(out: Uint8Array, from: number, to: number): Uint8Array {
  for (let c = Math.max(0, from); c <= Math.min(ASCII - 1, to); c++) out[c] = 1;
  return out;
}

function union(into: Uint8Array, from: Uint8Array): void {
  for (let c = 0; c < ASCII; c++) if (from[c]) into[c] = 1;
}

const digits = () => range(none(), 48, 57);
const letters = () => range(range(none(), 65, 90), 97, 122);
const wordChars = () => {
  const out = range(letters(), 48, 57);
  out[95] = 1;
  return out;
};
const spaces = () => {
  const out = range(none(), 9, 13);
  out[32] = 1;
  return out;
};

// Characters past ASCII that fold to an ASCII letter under `iu` matching: `ſ` to `s`, the Kelvin sign to `k`.
const FOLDS_TO_ASCII: ReadonlyArray<readonly [number, number]> = [
  [0x017f, 115],
  [0x212a, 107],
];

const chars = (set: Uint8Array): Node => ({ kind: 'chars', chars: set });

/** A class escape's ASCII characters, and whether they are exactly those (the complement of a wider set is narrow). */
interface ClassSet {
  chars: Uint8Array;
  exact: boolean;
}
const EMPTY: Node = { kind: 'empty' };

/** A recursive-descent reader of the pattern syntax the parsers use (the `u` flag's). */
class SourceReader {
  at = 0;

  constructor(
    private readonly source: string,
    private readonly ignoreCase: boolean,
  ) {}

  alternatives(): Node {
    const options = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : { kind: 'alternatives', options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      items.push(this.quantified());
    }
    return { kind: 'sequence', items };
  }

  private quantified(): Node {
    const item = this.atom();
    const c = this.source[this.at];
    let min: number;
    if (c === '?' || c === '*') {
      this.at++;
      min = 0;
    } else if (c === '+') {
      this.at++;
      min = 1;
    } else if (c === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(this.source.slice(this.at));
      if (!m) throw new Error(`quantifier at ${this.at}`);
      this.at += m[0].length;
      min = Number(m[1]);
    } else {
      return item;
    }
    if (this.source[this.at] === '?') this.at++; // lazy
    return { kind: 'repeat', item, min };
  }

  /** The code point at the reader, and the reader past it (a character past the BMP is one, as `u` reads it). */
  private codePoint(): number {
    const code = this.source.codePointAt(this.at)!;
    this.at += code > 0xffff ? 2 : 1;
    return code;
  }

  private atom(): Node {
    const code = this.codePoint();
    const c = String.fromCodePoint(code);
    switch (c) {
      case '(':
        return this.group();
      case '[':
        return chars(this.characterClass());
      case '\\':
        return this.escape();
      case '.':
        return chars(all());
      case '^':
      case '$':
        return EMPTY;
      case '*':
      case '+':
      case '?':
      case '{':
      case '}':
      case ']':
        throw new Error(`unexpected ${c} at ${this.at - 1}`);
      default:
        return chars(this.literal(code));
    }
  }

  private group(): Node {
    const rest = this.source.slice(this.at, this.at + 3);
    let lookaround = false;
    if (rest.startsWith('?:')) this.at += 2;
    else if (rest.startsWith('?=') || rest.startsWith('?!')) {
      this.at += 2;
      lookaround = true;
    } else if (rest.startsWith('?<=') || rest.startsWith('?<!')) {
      this.at += 3;
      lookaround = true;
    } else if (rest.startsWith('?<')) {
      const close = this.source.indexOf('>', this.at);
      if (close < 0) throw new Error('group name');
      this.at = close + 1;
    } else if (rest.startsWith('?')) throw new Error(`group at ${this.at}`);
    const inner = this.alternatives();
    if (this.source[this.at] !== ')') throw new Error(`unclosed group at ${this.at}`);
    this.at++;
    // A lookaround reads without consuming: the match goes on with what follows it.
    return lookaround ? EMPTY : inner;
  }

  /** The characters of `[…]` (the `[` read), as wide as they may be. */
  private characterClass(): Uint8Array {
    const negated = this.source[this.at] === '^';
    if (negated) this.at++;
    const set = none();
    // Whether a member was taken wider than it is (see setEscape): its complement would then be too narrow.
    let widened = false;
    while (this.source[this.at] !== ']') {
      if (this.at >= this.source.length) throw new Error('unclosed class');
      const from = this.classAtom();
      if (this.source[this.at] === '-' && this.source[this.at + 1] !== ']' && typeof from === 'number') {
        this.at++;
        const to = this.classAtom();
        if (typeof to !== 'number') throw new Error('class range');
        this.addCodes(set, from, to);
      } else if (typeof from === 'number') this.addCodes(set, from, from);
      else {
        union(set, from.chars);
        widened ||= !from.exact;
      }
    }
    this.at++;
    if (!negated) return set;
    if (widened) return all();
    // Case-closed before it is complemented: `[^a]` with `i` matches neither `a` nor `A`.
    const out = none();
    for (let c = 0; c < ASCII; c++) out[c] = set[c] ? 0 : 1;
    return out;
  }

  /** One character of a class (its code) or a class escape (its set). */
  private classAtom(): number | ClassSet {
    const code = this.codePoint();
    if (code !== 92) return code;
    const e = this.source[this.at]!;
    const set = this.setEscape(e);
    if (set) return set;
    if (e === 'b') {
      this.at++;
      return 8;
    }
    return this.characterEscape();
  }

  /**
   * `\d`, `\s`, `\w`, `\p{…}` and their negations at `at` (the backslash read), or null: exact on ASCII for `\d`, `\s`,
   * `\w`, `\p{L}`, `\p{N}`, every character otherwise (not exact).
   */
  private setEscape(e: string): ClassSet | null {
    const exact = (set: Uint8Array): ClassSet => ({ chars: set, exact: true });
    const wide: ClassSet = { chars: all(), exact: false };
    switch (e) {
      case 'd':
        this.at++;
        return exact(digits());
      case 's':
        this.at++;
        return exact(spaces());
      case 'w':
        this.at++;
        return exact(wordChars());
      case 'D':
      case 'S':
      case 'W':
        this.at++;
        return wide;
      case 'p':
      case 'P': {
        const close = this.source.indexOf('}', this.at);
        if (this.source[this.at + 1] !== '{' || close < 0) throw new Error('property');
        const name = this.source.slice(this.at + 2, close);
        this.at = close + 1;
        if (e === 'p' && (name === 'L' || name === 'Letter')) return exact(letters());
        if (e === 'p' && (name === 'N' || name === 'Number')) return exact(digits());
        return wide;
      }
      default:
        return null;
    }
  }

  /** A character escape (the backslash read): `\t`, `\u00a0`, `\u{…}`, `\x41`, or an escaped character. */
  private characterEscape(): number {
    const e = this.source[this.at]!;
    this.at++;
    const fixed: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13, '0': 0 };
    if (e in fixed) return fixed[e]!;
    if (e === 'u' || e === 'x') {
      const m =
        e === 'u'
          ? /^(?:\{([0-9a-fA-F]+)\}|([0-9a-fA-F]{4}))/.exec(this.source.slice(this.at))
          : /^([0-9a-fA-F]{2})/.exec(this.source.slice(this.at));
      if (!m) throw new Error(`escape at ${this.at}`);
      this.at += m[0].length;
      const code = parseInt(m[1] ?? m[2]!, 16);
      // `\uD83D\uDE00` is one character under `u`: a quantifier after it applies to both halves.
      const low = /^\\u(d[c-f][0-9a-f]{2})/i.exec(this.source.slice(this.at));
      if (code >= 0xd800 && code <= 0xdbff && low) {
        this.at += low[0].length;
        return 0x10000 + ((code - 0xd800) << 10) + (parseInt(low[1]!, 16) - 0xdc00);
      }
      return code;
    }
    if (/[A-Za-z1-9]/.test(e)) throw new Error(`escape \\${e}`);
    return e.codePointAt(0)!;
  }

  private escape(): Node {
    const e = this.source[this.at]!;
    if (e === 'b' || e === 'B') {
      this.at++;
      return EMPTY;
    }
    // A back reference may repeat anything, or nothing: not read.
    if (e === 'k' || /[1-9]/.test(e)) throw new Error('back reference');
    const set = this.setEscape(e);
    if (set) return chars(set.chars);
    return chars(this.literal(this.characterEscape()));
  }

  private literal(code: number): Uint8Array {
    const out = none();
    this.addCodes(out, code, code);
    return out;
  }

  /** Codes `from`..`to` into `set`, with their other case under `i`. */
  private addCodes(set: Uint8Array, from: number, to: number): void {
    range(set, from, to);
    if (!this.ignoreCase) return;
    for (let c = Math.max(from, 65); c <= Math.min(to, 122); c++) {
      if (c <= 90) set[c + 32] = 1;
      else if (c >= 97) set[c - 32] = 1;
    }
    for (const [wide, ascii] of FOLDS_TO_ASCII)
      if (from <= wide && wide <= to) {
        set[ascii] = 1;
        set[ascii - 32] = 1;
      }
  }
}
