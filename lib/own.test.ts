import { describe, expect, it } from 'vitest';
import { own } from './own';

describe('own', () => {
  it('gives own entries and nothing from the prototype', () => {
    const record: Record<string, number> = { visit: 1 };
    expect(own(record, 'visit')).toBe(1);
    for (const key of ['toString', 'constructor', '__proto__', 'valueOf', 'hasOwnProperty'])
      expect(own(record, key)).toBeUndefined();
  });
});
