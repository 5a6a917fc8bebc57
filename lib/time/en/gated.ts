/**
 * A pattern that first asks a cheap question of the whole input: a parser whose words (`century`, a month name)
 * do not occur in a sentence is skipped after one quick test instead of being tried at every word. The trigger
 * must match wherever the pattern can; it sits beside the pattern in each parser file.
 */
class GatedRegExp extends RegExp {
  private lastInput: string | null = null;
  private open = true;

  constructor(
    source: string | RegExp,
    flags?: string,
    private readonly trigger?: RegExp,
  ) {
    super(source, flags);
  }

  override exec(input: string): RegExpExecArray | null {
    if (this.trigger && input !== this.lastInput) {
      this.lastInput = input;
      this.open = this.trigger.test(input);
    }
    return this.open ? super.exec(input) : null;
  }
}

/** `new RegExp(source, 'giu')`, skipped on inputs where `trigger` finds nothing. */
export function gated(source: string, trigger: RegExp): RegExp {
  return new GatedRegExp(source, 'giu', trigger);
}
