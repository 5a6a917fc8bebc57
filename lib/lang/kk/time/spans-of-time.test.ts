import { describe, expect, it } from 'vitest';
import { expectOne, tagKk } from '../../../test-support/expect-time';

describe('durations, sets and ages, reference 2020-06-03', () => {
  const ref = '2020-06-03';
  it.each([
    ['Құрылыс 5 жылға созылады.', '5 жылға', 'P5Y'],
    ['Жоба үш ай ішінде бітеді.', 'үш ай ішінде', 'P3M'],
    ['2 аптаның ішінде жауап береді.', '2 аптаның ішінде', 'P2W'],
    ['Соңғы 10 жылда өсім болды.', 'Соңғы 10 жылда', 'P10Y'],
    ['Алдағы бес жылда салынады.', 'Алдағы бес жылда', 'P5Y'],
    ['Зауыт тәулік бойы жұмыс істейді.', 'тәулік бойы', 'P1D'],
    ['Бала 3 жасар еді.', '3 жасар', 'P3Y'],
    ['Жұмыс 20 жылдай жалғасты.', '20 жылдай', 'P20Y'],
    ['Екі-үш жылда бітеді.', 'Екі-үш жылда', 'P3Y'],
  ])('%s', (text, span, value) => {
    expectOne(text, ref, { text: span, value, kind: 'duration' });
  });

  it('several years is a duration with no value', () => {
    expectOne('Бірнеше жылдан бері жұмыс істейді.', ref, {
      text: 'Бірнеше жылдан бері',
      value: null,
      kind: 'duration',
    });
  });

  it.each([
    ['Фестиваль жыл сайын өтеді.', 'жыл сайын', 'R/P1Y'],
    ['Күн сайын жүздеген адам келеді.', 'Күн сайын', 'R/P1D'],
    ['Күнделікті есеп беріледі.', 'Күнделікті', 'R/P1D'],
  ])('set: %s', (text, span, value) => {
    expectOne(text, ref, { text: span, value, kind: 'set' });
  });

  it('a bare "он бес жас" is fifteen young people, not an age', () => {
    expect(tagKk('Олардың қатарындағы он бес жас алғаш рет дауыс берді.', ref)).toEqual([]);
  });
});

describe('seasons, centuries, quarters, weekdays, reference 2020-06-03 (a Wednesday)', () => {
  const ref = '2020-06-03';
  it.each([
    ['Жазда жөндеу жүргізіледі.', 'Жазда', '2020-22', 'season'],
    ['Көктемгі егіс басталды.', 'Көктемгі', '2020-21', 'season'],
    ['2019 жылдың күзінде ашылды.', '2019 жылдың күзінде', '2019-23', 'season'],
    ['ХХІ ғасырда бәрі өзгерді.', 'ХХІ ғасырда', '20XX', 'century'],
    ['жиырмасыншы ғасырдағы оқиғалар', 'жиырмасыншы ғасырдағы', '19XX', 'century'],
    ['Бірінші тоқсанда өсім болды.', 'Бірінші тоқсанда', '2020-33', 'quarter'],
    ['Сейсенбі күні кездесу өтті.', 'Сейсенбі күні', '2020-06-02', 'date'],
    ['Жұма күні кездесу өтеді.', 'Жұма күні', '2020-06-05', 'date'],
    ['Өткен сенбіде жиын болды.', 'Өткен сенбіде', '2020-05-30', 'date'],
  ])('%s', (text, span, value, kind) => {
    expectOne(text, ref, { text: span, value, kind: kind as never });
  });

  it('the Friday prayer is not a date', () => {
    expect(tagKk('Жұма намазы оқылды.', ref)).toEqual([]);
  });

  it('"short" is not winter and "write" is not summer', () => {
    expect(tagKk('Қысқа мерзімде хат жаз.', ref)).toEqual([]);
  });
});

describe('joined and extended expressions, reference 2020-06-03', () => {
  const ref = '2020-06-03';
  it.each([
    ['Өткен жылдың көктемінде басталды.', 'Өткен жылдың көктемінде', '2019-21'],
    ['2013 жылдың 29 қаңтарында қабылданды.', '2013 жылдың 29 қаңтарында', '2013-01-29'],
    ['Бүгінге дейін жалғасты.', 'Бүгінге дейін', '../2020-06-03'],
    ['Былтырдан бері өсті.', 'Былтырдан бері', '2019/..'],
    ['Жыл соңына дейін бітеді.', 'Жыл соңына дейін', '../2020'],
    ['наурыздың жиырма бесі күні', 'наурыздың жиырма бесі', '2020-03-25'],
    ['қыркүйектің 25-і — 26-сына дейін', 'қыркүйектің 25-і — 26-сына дейін', '2020-09-25/2020-09-26'],
    ['Қаңтар – мамыр айларында өсті.', 'Қаңтар – мамыр', '2020-01/2020-05'],
  ])('%s', (text, span, value) => {
    expectOne(text, ref, { text: span, value });
  });

  it('"2021 жылы қыркүйекте" is two expressions, and the month takes the year', () => {
    const found = tagKk('2021 жылы қыркүйекте өтті.', ref);
    expect(found.map((m) => [m.text, m.value])).toEqual([
      ['2021 жылы', '2021'],
      ['қыркүйекте', '2021-09'],
    ]);
  });

  it('months in a list count; a month word alone does not', () => {
    expect(tagKk('Төрт рет: қаңтар, наурыз, маусым және қыркүйек айларында.', ref).map((m) => m.text)).toEqual([
      'қаңтар',
      'наурыз',
      'маусым',
      'қыркүйек',
    ]);
    expect(tagKk('Маусымы басталды.', ref)).toEqual([]);
  });

  it('times of day', () => {
    expectOne('Жиын сағат 10-да басталады.', ref, { text: 'сағат 10-да', value: '2020-06-03T10:00', kind: 'time' });
    const evening = expectOne('Кешке жиналдық.', ref, { text: 'Кешке', value: null, kind: 'time' });
    expect(evening.timex).toEqual({ type: 'TIME', value: '2020-06-03TEV' });
  });
});
