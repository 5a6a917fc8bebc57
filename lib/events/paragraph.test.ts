import { describe, expect, it } from 'vitest';
import { opensWithDash, paragraphStart } from './paragraph';

describe('paragraphs', () => {
  const text = 'Бірінші абзац.\n— Біз келістік, — деді ол.\nҮшінші. Екінші сөйлем.';

  it('finds the start of the paragraph holding a position', () => {
    expect(paragraphStart(text, 0)).toBe(0);
    expect(paragraphStart(text, 5)).toBe(0);
    const second = text.indexOf('—');
    expect(paragraphStart(text, second)).toBe(second);
    expect(paragraphStart(text, second + 10)).toBe(second);
    expect(paragraphStart(text, text.indexOf('Екінші'))).toBe(text.indexOf('Үшінші'));
    expect(paragraphStart('no breaks', 4)).toBe(0);
  });

  it('tells direct speech (a paragraph opening with a dash) from narration', () => {
    const at = (word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });
    expect(opensWithDash(text, at('Біз келістік'))).toBe(true);
    expect(opensWithDash(text, at('Екінші сөйлем'))).toBe(false);
  });
});
