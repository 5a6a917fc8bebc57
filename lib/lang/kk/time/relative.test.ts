import { describe, expect, it } from 'vitest';
import { expectOne } from '../../../test-support/expect-time';

describe('relative and vague Kazakh expressions, reference 2025-11-15', () => {
  const ref = '2025-11-15';
  it.each([
    ['бүгінгі уағдаластықтар маңызды.', 'бүгінгі', '2025-11-15'],
    ['Бүгін келісімге қол қойылды.', 'Бүгін', '2025-11-15'],
    ['Кеше кездесу өтті.', 'Кеше', '2025-11-14'],
    ['Ертең форум ашылады.', 'Ертең', '2025-11-16'],
    ['Биыл сауда өсті.', 'Биыл', '2025'],
    ['Былтыр сапар болды.', 'Былтыр', '2024'],
    ['Өткен жылы келісім жасалды.', 'Өткен жылы', '2024'],
    ['Келесі айда саммит өтеді.', 'Келесі айда', '2025-12'],
    ['Өткен аптада кездесу болды.', 'Өткен аптада', '2025-11-03/2025-11-09'],
    ['Екі жыл бұрын келісім жасалды.', 'Екі жыл бұрын', '2023'],
    ['3 күн бұрын хабарланды.', '3 күн бұрын', '2025-11-12'],
  ])('%s', (text, span, value) => {
    expectOne(text, ref, { text: span, value });
  });

  it('several years ago is vague: recognised, pointing back, with no value', () => {
    const m = expectOne('Бірнеше жыл бұрын бұл байланыстар одақтастық деңгейіне шықты.', ref, {
      text: 'Бірнеше жыл бұрын',
      value: null,
      kind: 'vague',
    });
    expect(m.direction).toBe('past');
  });

  it('"these days" is vague, not today', () => {
    expectOne('Бүгінгі таңда ынтымақтастық дамып келеді.', ref, { text: 'Бүгінгі таңда', value: null, kind: 'vague' });
  });
});
