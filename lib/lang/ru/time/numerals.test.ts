import { describe, expect, it } from 'vitest';
import { readNumeral } from '../read-numeral';
import { ruMonthNumber } from '../months';
import { ruWeekdayNumber } from '../weekdays';

describe('numerals in words', () => {
  it.each<[string, number, boolean]>([
    ['одиннадцатого', 11, true],
    ['двадцать пятого', 25, true],
    ['две тысячи двадцать пятого', 2025, true],
    ['тысяча девятьсот девяностом', 1990, true],
    ['двухтысячном', 2000, true],
    ['трёх', 3, false],
    ['трех', 3, false],
    ['двадцать пять', 25, false],
    ['полутора', 1.5, false],
  ])('%s = %d', (phrase, value, ordinal) => {
    expect(readNumeral(phrase)).toEqual({ value, ordinal });
  });

  it.each(['пять два', 'двадцать пятнадцать', 'пятого два', 'год'])('%s is not a number', (phrase) => {
    expect(readNumeral(phrase)).toBeNull();
  });
});

describe('month and weekday words in every case', () => {
  it.each<[string, number]>([
    ['ноябрь', 11],
    ['ноября', 11],
    ['ноябре', 11],
    ['ноябрём', 11],
    ['Ноябрем', 11],
    ['май', 5],
    ['мае', 5],
    ['марта', 3],
    ['сент.', 9],
    ['авг', 8],
  ])('%s is month %d', (word, month) => {
    expect(ruMonthNumber(word)).toBe(month);
  });

  it.each<[string, number]>([
    ['пятницу', 5],
    ['среду', 3],
    ['воскресенья', 7],
    ['понедельникам', 1],
  ])('%s is weekday %d', (word, weekday) => {
    expect(ruWeekdayNumber(word)).toBe(weekday);
  });
});
