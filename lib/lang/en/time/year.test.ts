import { describe, it } from 'vitest';
import { rowsAgainst, type Row } from './expect-en';

describe('years, decades and centuries, reference 2025-11-14', () => {
  const ref = '2025-11-14';
  it.each<Row>([
    ['Trade doubled in 2025.', '2025', '2025'],
    ['Earnings fell in fiscal 1989.', 'fiscal 1989', '1989'],
    ['Reforms began in mid-1996.', 'mid-1996', '1996'],
    ['The embargo dates to post-1959 policy.', 'post-1959', '1959'],
    ['They married in nineteen ninety-six.', 'nineteen ninety-six', '1996'],
    ['Growth resumed in the year two thousand.', 'the year two thousand', '2000'],
    ['Relations froze in the 1990s.', 'the 1990s', '199X', '199'],
    ['Oil prices rose in the early 1980s.', 'the early 1980s', '198X', '198'],
    ["It was a hit in the '80s.", "the '80s", '198X', '198'],
    ['Music changed in the sixties.', 'the sixties', '196X', '196'],
    ['Central Asia in the 21st century.', 'the 21st century', '20XX', '20'],
    ['Borders were drawn in the twentieth century.', 'the twentieth century', '19XX', '19'],
  ])('%s', rowsAgainst(ref));
});
