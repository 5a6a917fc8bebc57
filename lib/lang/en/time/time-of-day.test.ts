import { describe, it } from 'vitest';
import { rowsAgainst, type Row } from './expect-en';

describe('times of day, reference 2025-11-14 (Friday)', () => {
  const ref = '2025-11-14';
  it.each<Row>([
    ['The blast occurred at about 10:35 a.m.', 'about 10:35 a.m.', '2025-11-14T10:35'],
    ['Markets closed at 4 p.m. EST.', '4 p.m. EST', '2025-11-14T16:00'],
    ['The plane landed at 14:30 GMT.', '14:30 GMT', '2025-11-14T14:30'],
    ['The deadline expired at noon.', 'noon', '2025-11-14T12:00'],
    ['He will leave at 4 in the morning.', '4 in the morning', '2025-11-14T04:00'],
    ['The offer expires at 5 p.m. Tuesday.', '5 p.m. Tuesday', '2025-11-18T17:00'],
    ['Voting began at 9 a.m. Nov. 16.', '9 a.m. Nov. 16', '2025-11-16T09:00'],
  ])('%s', rowsAgainst(ref));
});
