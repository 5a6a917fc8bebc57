import { describe, expect, it } from 'vitest';
import { edtfToInterval } from './interval';

describe('edtfToInterval', () => {
  it('reads days, months, years and intervals as days', () => {
    expect(edtfToInterval('2025-11-14')).toEqual({ start: '2025-11-14', end: '2025-11-14' });
    expect(edtfToInterval('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(edtfToInterval('2025')).toEqual({ start: '2025-01-01', end: '2025-12-31' });
    expect(edtfToInterval('2025-11-14/2025-11-15')).toEqual({ start: '2025-11-14', end: '2025-11-15' });
  });

  it('reads a season as its months, not as a 21st or 24th month', () => {
    expect(edtfToInterval('2024-21')).toEqual({ start: '2024-03-01', end: '2024-05-31' });
    expect(edtfToInterval('2024-22')).toEqual({ start: '2024-06-01', end: '2024-08-31' });
    expect(edtfToInterval('2024-23')).toEqual({ start: '2024-09-01', end: '2024-11-30' });
    expect(edtfToInterval('2023-24')).toEqual({ start: '2023-12-01', end: '2024-02-29' });
  });
});
