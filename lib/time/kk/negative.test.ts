import { describe, expect, it } from 'vitest';
import { tagKk } from '../../test-support/expect-time';

// Things that look like dates and are not: each must yield nothing.
describe('not dates', () => {
  it.each([
    'Орталық Азия мемлекеттері басшыларының VII Консультативтік кездесуі өтеді.',
    'Жоғары мемлекетаралық кеңесінің екінші отырысы өтеді.',
    'Сауда-экономикалық байланыстарымыз жылдан жылға нығайып келе жатыр.',
    'Қазақстан-2050 стратегиясы мен 2030 стратегиясы талқыланды.',
    'Тауар айналымы 25% өсті.',
    'Келісім 2025 доллар көлемінде.',
    'Осы қараша халық жиналды.',
    'Ас қазанда пісірілді.',
    'Тамыз деген ауылда тұрады.',
  ])('%s', (text) => {
    expect(tagKk(text, '2025-11-15')).toEqual([]);
  });

  it('an impossible day is not a date', () => {
    expect(tagKk('31 қарашада кездесу өтеді.', '2025-11-15')).toEqual([]);
  });
});
