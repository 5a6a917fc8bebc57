import { describe, expect, it } from 'vitest';
import { findDateline } from './dateline';

const read = (body: string) => {
  const d = findDateline(body, 0);
  return d && { place: d.place, agency: d.agency, text: body.slice(d.start, d.end) };
};

describe('datelines as agencies print them', () => {
  it.each([
    ['ТАШКЕНТ. KAZINFORM – Қасым-Жомарт Тоқаев …', 'Ташкент', 'KAZINFORM', 'ТАШКЕНТ. KAZINFORM – '],
    ['ASTANA. Kazinform – President Tokayev …', 'Astana', 'Kazinform', 'ASTANA. Kazinform – '],
    ['НЬЮ-ЙОРК. KAZINFORM - Мемлекет басшысы …', 'Нью-Йорк', 'KAZINFORM', 'НЬЮ-ЙОРК. KAZINFORM - '],
    ['АСТАНА, 15 қараша – Sputnik. Кеше …', 'Астана', 'Sputnik', 'АСТАНА, 15 қараша – Sputnik. '],
    ['МОСКВА, 12 ноя — Sputnik. Президент …', 'Москва', 'Sputnik', 'МОСКВА, 12 ноя — Sputnik. '],
    ['TIANSZIN, 1 qyrküiek – Sputnik. Bügın …', 'Tianszin', 'Sputnik', 'TIANSZIN, 1 qyrküiek – Sputnik. '],
    [
      'Астана. 15 ноября. INTERFAX-KAZAKHSTAN – Президент …',
      'Астана',
      'INTERFAX-KAZAKHSTAN',
      'Астана. 15 ноября. INTERFAX-KAZAKHSTAN – ',
    ],
    ['Алматы. 3 июня. КазТАГ – Президенты …', 'Алматы', 'КазТАГ', 'Алматы. 3 июня. КазТАГ – '],
    ['Astana, Nov 15 (Kazinform) - Russian President …', 'Astana', 'Kazinform', 'Astana, Nov 15 (Kazinform) - '],
    ['15 November 2025, Astana\nPresident Tokayev …', 'Astana', '', '15 November 2025, Astana\n'],
    ['3 qaraşa 2023 jyl, Astana\nBügın …', 'Astana', '', '3 qaraşa 2023 jyl, Astana\n'],
    ['2025 жылғы 20 желтоқсан, Астана\nМемлекет басшысы …', 'Астана', '', '2025 жылғы 20 желтоқсан, Астана\n'],
    ['4 ноября 2023, Астана\nПрезидент …', 'Астана', '', '4 ноября 2023, Астана\n'],
    ['Astana, 2024 jylğy 4 jeltoqsan\nPrezident …', 'Astana', '', 'Astana, 2024 jylğy 4 jeltoqsan\n'],
  ])('%s', (body, place, agency, text) => {
    expect(read(body)).toEqual({ place, agency, text });
  });

  it.each([
    'Мемлекет басшысы Қасым-Жомарт Тоқаев бүгін Ақордада …',
    'President Kassym-Jomart Tokayev today took part in the meeting.',
    'Глава государства Касым-Жомарт Токаев, 15 ноября, провёл встречу.',
    'Кеше Әзербайжан астанасында саммит өтті.',
  ])('none in a body that opens with the news: %s', (body) => {
    expect(read(body)).toBeNull();
  });
});
