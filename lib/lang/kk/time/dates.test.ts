import { describe, expect, it } from 'vitest';
import { expectOne } from '../../../test-support/expect-time';

// Table-driven, grouped by reference date (the article's date).
describe('Kazakh dates, reference 2025-11-14', () => {
  const ref = '2025-11-14';
  it.each([
    ['Еске салайық, 14-15 қараша күндері Тоқаев келеді.', '14-15 қараша күндері', '2025-11-14/2025-11-15', 'range'],
    ['Ал 16 қарашада Президент қатысады.', '16 қарашада', '2025-11-16', 'date'],
    ['Кездесу 2025 жылғы 14 қарашада өтеді.', '2025 жылғы 14 қарашада', '2025-11-14', 'date'],
    [
      'Форум 30 қараша – 2 желтоқсан аралығында өтеді.',
      '30 қараша – 2 желтоқсан аралығында',
      '2025-11-30/2025-12-02',
      'range',
    ],
    ['Сапар 11-інші мамырда болады.', '11-інші мамырда', '2026-05-11', 'date'],
    ['Бұл 2024 жылы болды.', '2024 жылы', '2024', 'year'],
    ['Жоспар 2024-2025 жылдарға арналған.', '2024-2025 жылдарға', '2024/2025', 'range'],
    ['2025 жылғы наурызда келісім жасалды.', '2025 жылғы наурызда', '2025-03', 'month'],
    // KazNERD's convention: the month word is the expression, `айында` ("in the month of") only its signal.
    ['Қараша айында сапар болады.', 'Қараша', '2025-11', 'month'],
    ['Аналитиктер 90-шы жылдардан бастап айтып келеді.', '90-шы жылдардан бастап', '199X/..', 'decade'],
    ['Бұл 2000-шы жылдары басталды.', '2000-шы жылдары', '200X', 'decade'],
    ['Ол 2020-сыншы жылы басталды.', '2020-сыншы жылы', '2020', 'year'],
  ])('%s', (text, span, value, kind) => {
    expectOne(text, ref, { text: span, value, kind: kind as never });
  });

  it('keeps which parts were stated and which the article date implied', () => {
    const m = expectOne('Ал 16 қарашада Президент қатысады.', ref, { text: '16 қарашада', value: '2025-11-16' });
    expect(m.stated).toEqual({ year: false, month: true, day: true });
    expect(m.rule).toBe('parser/kk/DayMonth');
    const full = expectOne('2025 жылғы 14 қарашада өтеді.', ref, {
      text: '2025 жылғы 14 қарашада',
      value: '2025-11-14',
    });
    expect(full.stated.year).toBe(true);
  });
});

describe('year inference from tense, reference 2026-01-10', () => {
  const ref = '2026-01-10';
  it('a past-tense December is last year', () => {
    expectOne('Президент 28 желтоқсанда сапармен барды.', ref, { text: '28 желтоқсанда', value: '2025-12-28' });
  });
  it('a future-tense February is this year', () => {
    expectOne('Саммит 5 ақпанда өтеді.', ref, { text: '5 ақпанда', value: '2026-02-05' });
  });
});

describe('Kazakh Latin (2021 alphabet)', () => {
  it('reads a day range and a year', () => {
    expectOne(
      '14-15 qaraşa künderı Toqaev keledı.',
      '2025-11-14',
      { text: '14-15 qaraşa künderı', value: '2025-11-14/2025-11-15' },
      'Latn',
    );
    expectOne(
      '2025 jylğy 16 qaraşada ötedı.',
      '2025-11-14',
      { text: '2025 jylğy 16 qaraşada', value: '2025-11-16' },
      'Latn',
    );
  });
});
