/**
 * The ASCII characters a match of a regular expression can start with, read from its source: a prefilter that
 * saves trying the pattern where it cannot match (most word starts near a trigger word begin with a letter no match
 * of that pattern begins with). The answer may be too wide, never too narrow: lookarounds are taken as empty,
 * negated classes and Unicode properties as wide as they could be, and any character past ASCII is always allowed
 * (case folding maps `ſ` to `s` and the Kelvin sign to `k`, and the patterns' own `’`, `½` and no-break spaces
 * are there). A source it does not understand gives null: no prefilter, never a wrong one.
 */
export function firstChars(source: string, flags: string): Uint8Array | null {
  try {
    const reader = new SourceReader(source, flags.includes('i'));
    const first = reader.alternatives();
    if (reader.at < source.length) return null;
    // A pattern that can match the empty string can match anywhere.
    return first.nullable ? null : first.chars;
  } catch {
    return null;
  }
}

interface First {
  /** 1 at the ASCII codes a match can start with. */
  chars: Uint8Array;
  /** Whether it can match the empty string (then what follows it can start the match too). */
  nullable: boolean;
}

const ASCII = 128;

function none(): Uint8Array {
  return new Uint8Array(ASCII);
}

function all(): Uint8Array {
  return new Uint8Array(ASCII).fill(1);
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

/** A recursive-descent reader of the pattern syntax the parsers use (the `u` flag's), tracking first characters. */
class SourceReader {
  at = 0;

  constructor(
    private readonly source: string,
    private readonly ignoreCase: boolean,
  ) {}

  alternatives(): First {
    const out: First = this.sequence();
    while (this.source[this.at] === '|') {
      this.at++;
      const next = this.sequence();
      union(out.chars, next.chars);
      out.nullable ||= next.nullable;
    }
    return out;
  }

  private sequence(): First {
    const chars = none();
    let nullable = true;
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const atom = this.quantified();
      // Only what can come first counts: an atom after one that cannot be empty is never at a match's start.
      if (nullable) union(chars, atom.chars);
      nullable &&= atom.nullable;
    }
    return { chars, nullable };
  }

  private quantified(): First {
    const atom = this.atom();
    const c = this.source[this.at];
    if (c === '?' || c === '*') {
      this.at++;
      atom.nullable = true;
    } else if (c === '+') {
      this.at++;
    } else if (c === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(this.source.slice(this.at));
      if (!m) throw new Error(`quantifier at ${this.at}`);
      this.at += m[0].length;
      if (Number(m[1]) === 0) atom.nullable = true;
    } else {
      return atom;
    }
    if (this.source[this.at] === '?') this.at++; // lazy
    return atom;
  }

  private atom(): First {
    const c = this.source[this.at]!;
    this.at++;
    switch (c) {
      case '(':
        return this.group();
      case '[':
        return { chars: this.characterClass(), nullable: false };
      case '\\':
        return this.escape();
      case '.':
        return { chars: all(), nullable: false };
      case '^':
      case '$':
        return { chars: none(), nullable: true };
      case '*':
      case '+':
      case '?':
      case '{':
      case '}':
      case ']':
        throw new Error(`unexpected ${c} at ${this.at - 1}`);
      default:
        return { chars: this.literal(c.codePointAt(0)!), nullable: false };
    }
  }

  private group(): First {
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
    // A lookaround reads without consuming: the match starts with what follows it.
    return lookaround ? { chars: none(), nullable: true } : inner;
  }

  /** The characters of `[…]` (the `[` read), as wide as they may be. */
  private characterClass(): Uint8Array {
    const negated = this.source[this.at] === '^';
    if (negated) this.at++;
    const set = none();
    while (this.source[this.at] !== ']') {
      if (this.at >= this.source.length) throw new Error('unclosed class');
      const from = this.classAtom();
      if (this.source[this.at] === '-' && this.source[this.at + 1] !== ']' && typeof from === 'number') {
        this.at++;
        const to = this.classAtom();
        if (typeof to !== 'number') throw new Error('class range');
        this.addCodes(set, from, to);
      } else if (typeof from === 'number') this.addCodes(set, from, from);
      else union(set, from);
    }
    this.at++;
    if (!negated) return set;
    // Case-closed before it is complemented: `[^a]` with `i` matches neither `a` nor `A`.
    const out = none();
    for (let c = 0; c < ASCII; c++) out[c] = set[c] ? 0 : 1;
    return out;
  }

  /** One character of a class (its code) or a class escape (its set). */
  private classAtom(): number | Uint8Array {
    const c = this.source[this.at]!;
    this.at++;
    if (c !== '\\') return c.codePointAt(0)!;
    const e = this.source[this.at]!;
    const set = this.setEscape(e);
    if (set) return set;
    if (e === 'b') {
      this.at++;
      return 8;
    }
    return this.characterEscape();
  }

  /** `\d`, `\s`, `\w`, `\p{…}` and their negations at `at` (the backslash read), or null. */
  private setEscape(e: string): Uint8Array | null {
    switch (e) {
      case 'd':
        this.at++;
        return digits();
      case 's':
        this.at++;
        return spaces();
      case 'w':
        this.at++;
        return wordChars();
      case 'D':
      case 'S':
      case 'W':
        this.at++;
        return all();
      case 'p':
      case 'P': {
        const close = this.source.indexOf('}', this.at);
        if (this.source[this.at + 1] !== '{' || close < 0) throw new Error('property');
        const name = this.source.slice(this.at + 2, close);
        this.at = close + 1;
        if (e === 'p' && (name === 'L' || name === 'Letter')) return letters();
        if (e === 'p' && (name === 'N' || name === 'Number')) return digits();
        return all();
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
          : /^()([0-9a-fA-F]{2})/.exec(this.source.slice(this.at));
      if (!m) throw new Error(`escape at ${this.at}`);
      this.at += m[0].length;
      return parseInt(m[1] ?? m[2]!, 16);
    }
    if (/[A-Za-z1-9]/.test(e)) throw new Error(`escape \\${e}`);
    return e.codePointAt(0)!;
  }

  private escape(): First {
    const e = this.source[this.at]!;
    if (e === 'b' || e === 'B') {
      this.at++;
      return { chars: none(), nullable: true };
    }
    // A back reference may repeat anything, or nothing.
    if (e === 'k' || /[1-9]/.test(e)) throw new Error('back reference');
    const set = this.setEscape(e);
    if (set) return { chars: set, nullable: false };
    return { chars: this.literal(this.characterEscape()), nullable: false };
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
