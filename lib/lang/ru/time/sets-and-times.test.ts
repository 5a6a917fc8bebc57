import { describe, expect, it } from 'vitest';
import { expectRow, tagRu } from './expect-ru';

describe('sets: recognised, no EDTF value, the period in TIMEX3', () => {
  it.each<[string, string, string]>([
    ['Форум проводится ежегодно.', 'ежегодно', 'P1Y'],
    ['Саммит проходит каждый год.', 'каждый год', 'P1Y'],
    ['Выборы проходят каждые два года.', 'каждые два года', 'P2Y'],
    ['Комиссия собирается раз в неделю.', 'раз в неделю', 'P1W'],
    ['Брифинги проходят по понедельникам.', 'по понедельникам', 'XXXX-WXX-1'],
    ['Министры встречаются раз в полгода.', 'раз в полгода', 'P0.5Y'],
    ['Пресс-конференции проходят еженедельно.', 'еженедельно', 'P1W'],
    ['Завод выпускает 2 тысячи масок в день.', 'в день', 'P1D'],
  ])('%s', (text, span, period) => {
    const m = expectRow([text, span, null, 'set'], '2025-11-14');
    expect(m.timex).toEqual({ type: 'SET', value: period });
  });
});

describe('times of day: TIME, no EDTF value without a date', () => {
  it.each<[string, string, string]>([
    ['Встреча начнётся в 15:00.', 'в 15:00', 'XXXX-XX-XXT15:00'],
    ['Взрыв произошёл около 23:00 мск.', 'около 23:00 мск', 'XXXX-XX-XXT23:00'],
    ['Самолёт приземлился в 18.30 по местному времени.', 'в 18.30 по местному времени', 'XXXX-XX-XXT18:30'],
    ['Заседание открылось в 6 часов вечера.', 'в 6 часов вечера', 'XXXX-XX-XXT18:00'],
    ['Утром министр прибыл в Астану.', 'Утром', 'XXXX-XX-XXTMO'],
    ['Поздним вечером стороны договорились.', 'Поздним вечером', 'XXXX-XX-XXTEV'],
    ['Около полуночи пожар потушили.', 'Около полуночи', 'XXXX-XX-XXTNI'],
  ])('%s', (text, span, timex) => {
    const m = expectRow([text, span, null, 'time'], '2025-11-14');
    expect(m.timex).toEqual({ type: 'TIME', value: timex });
  });

  it('a day named by what follows it is not a rate', () => {
    expect(tagRu('Убийство произошло в день, когда начались переговоры.', '2025-11-14')).toEqual([]);
  });

  it('a score, a law article or an amount is not a time', () => {
    for (const text of [
      'Матч закончился со счётом 15:13.',
      'Статья КоАП 13.15 дополнена.',
      'Выручка выросла до 11.29 миллиарда.',
    ]) {
      expect(tagRu(text, '2025-11-14')).toEqual([]);
    }
  });
});
